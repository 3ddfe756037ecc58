using Swarmscope.Core;

namespace Swarmscope.Storage.Tests;

/// <summary>
/// A reader for the tests' own trivial format: one post per line "id,account,minute[,text]".
/// A line "BAD" is reported as rejected; a line "THROW" makes the importer fail mid-file; a line "NULL" gives a
/// post without account, which DuckDB refuses when the file commits.
/// </summary>
internal static class FakeFormat
{
    /// <summary>The file as <see cref="ImportQueue"/> takes it, read by <see cref="Read"/>.</summary>
    public static FileToImport File(string path) => new(path, "fake", (batch, _) =>
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read);
        Read(stream, path, batch);
    });

    private static void Read(Stream stream, string sourceFile, IRecordSink sink)
    {
        using var reader = new StreamReader(stream);
        long line = 0;
        while (reader.ReadLine() is { } s)
        {
            line++;
            if (sink.Stopped) return;
            if (s == "THROW") throw new InvalidOperationException("importer failed mid-file");
            if (s == "NULL")
            {
                // A post DuckDB refuses (account_id is NOT NULL): the INSERT, and so the commit, fails.
                sink.Post(new Post { Platform = Platform.Twitter, Id = "null-" + line, AccountId = null!, Time = Timestamp.FromUtc(Records.T0, TimePrecision.Minute), Provenance = new Provenance(sourceFile, line) });
                continue;
            }
            if (s == "BAD") { sink.Rejected(new RejectedRecord(sourceFile, line, "minute", "not a number", s)); continue; }
            var f = s.Split(',', 4);
            sink.Account(new Account { Platform = Platform.Twitter, Id = f[1], Handle = f[1], Provenance = new(sourceFile, line) });
            sink.Post(new Post
            {
                Platform = Platform.Twitter, Id = f[0], AccountId = f[1],
                Time = Timestamp.FromUtc(Records.T0.AddMinutes(int.Parse(f[2])), TimePrecision.Minute),
                Text = f.Length > 3 ? f[3] : null,
                Provenance = new Provenance(sourceFile, line),
            });
        }
    }
}
