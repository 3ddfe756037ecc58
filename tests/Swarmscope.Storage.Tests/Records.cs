using Swarmscope.Core;

namespace Swarmscope.Storage.Tests;

/// <summary>Builders for in-memory posts and accounts.</summary>
internal static class Records
{
    public static readonly DateTimeOffset T0 = new(2024, 3, 1, 10, 0, 0, TimeSpan.Zero);

    public static Post Post(string id, string account = "a1", int minute = 0, Platform platform = Platform.Twitter, string? text = null) => new()
    {
        Platform = platform,
        Id = id,
        AccountId = account,
        AccountHandle = account,
        Time = Timestamp.FromUtc(T0.AddMinutes(minute), TimePrecision.Second),
        Text = text ?? $"post {id}",
        Provenance = new Provenance("mem.csv", 1),
    };

    public static Account Account(string id, Platform platform = Platform.Twitter) => new()
    {
        Platform = platform,
        Id = id,
        Provenance = new Provenance("mem.csv", 1),
    };

    /// <summary>Imports records as one file named <paramref name="name"/> through a batch and commits; the posts are read from that file.</summary>
    public static ImportSummary Import(InvestigationStore store, string name, IEnumerable<Post> posts, IEnumerable<Account>? accounts = null)
    {
        using var batch = store.BeginImport(new ImportSource(name, 0, Guid.NewGuid().ToString("N"), "test"));
        foreach (var a in accounts ?? []) batch.Account(a);
        foreach (var p in posts)
        {
            p.Provenance = p.Provenance with { SourceFile = name };
            batch.Post(p);
        }
        return batch.Commit();
    }
}
