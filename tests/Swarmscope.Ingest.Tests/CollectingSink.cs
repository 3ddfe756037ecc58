using Swarmscope.Core;

namespace Swarmscope.Ingest.Tests;

/// <summary>Keeps everything an importer emits, in order, for assertions.</summary>
public sealed class CollectingSink : IRecordSink
{
    public List<Post> Posts { get; } = new();
    public List<Account> Accounts { get; } = new();
    public List<RejectedRecord> Rejections { get; } = new();

    /// <summary>When true, the sink stops the import at the first rejection (the CLI default without --skip-bad).</summary>
    public bool StopOnReject { get; init; }

    public void Account(Account account) => Accounts.Add(account);
    public void Post(Post post) => Posts.Add(post);
    public void Rejected(RejectedRecord rejected) => Rejections.Add(rejected);
    public bool Stopped => StopOnReject && Rejections.Count > 0;

    /// <summary>Imports one file with the importer of the given format (or the detected one) into a new sink.</summary>
    public static CollectingSink Import(string path, string? format = null, ImportContext? context = null)
    {
        var importer = format is null ? ImporterRegistry.Detect(path).Importer : ImporterRegistry.Find(format);
        Assert.NotNull(importer);
        var sink = new CollectingSink();
        using var stream = ImporterRegistry.OpenDecompressed(path);
        importer!.Import(stream, context ?? new ImportContext { SourceFile = path }, sink);
        return sink;
    }
}
