using Swarmscope.Core;
using Swarmscope.Ingest;

namespace Swarmscope.Storage.Tests;

/// <summary>
/// An importer for the tests' own trivial format: one post per line "id,account,minute[,text]".
/// A line "BAD" is reported as rejected; a line "THROW" makes the importer fail mid-file; a line "NULL" gives a
/// post without account, which DuckDB refuses when the file commits.
/// </summary>
internal sealed class FakeImporter : IPlatformImporter
{
    public string Format => "fake";
    public string Description => "test lines";
    public double Sniff(string fileName, ReadOnlySpan<byte> head) => 0;

    public void Import(Stream stream, ImportContext context, IRecordSink sink, CancellationToken cancellationToken = default)
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
                sink.Post(new Post { Platform = Platform.Twitter, Id = "null-" + line, AccountId = null!, Time = Timestamp.FromUtc(Records.T0, TimePrecision.Minute), Provenance = new Provenance(context.SourceFile, line) });
                continue;
            }
            if (s == "BAD") { sink.Rejected(new RejectedRecord(context.SourceFile, line, "minute", "not a number", s)); continue; }
            var f = s.Split(',', 4);
            sink.Account(new Account { Platform = Platform.Twitter, Id = f[1], Handle = f[1], Provenance = new(context.SourceFile, line) });
            sink.Post(new Post
            {
                Platform = Platform.Twitter, Id = f[0], AccountId = f[1],
                Time = Timestamp.FromUtc(Records.T0.AddMinutes(int.Parse(f[2])), TimePrecision.Minute),
                Text = f.Length > 3 ? f[3] : null,
                Provenance = new Provenance(context.SourceFile, line),
            });
        }
    }
}
