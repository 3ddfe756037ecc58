using Swarmscope.Core;
using Swarmscope.Ingest;

namespace Swarmscope.Ingest.Tests.Json;

/// <summary>Collects what an importer delivers; optionally stops at the first rejection like the default CLI.</summary>
public sealed class JsonTestSink(bool stopOnReject = false) : IRecordSink
{
    public List<Post> Posts { get; } = [];
    public List<Account> Accounts { get; } = [];
    public List<RejectedRecord> Rejections { get; } = [];

    public void Account(Account account) => Accounts.Add(account);
    public void Post(Post post) => Posts.Add(post);
    public void Rejected(RejectedRecord rejected) => Rejections.Add(rejected);
    public bool Stopped => stopOnReject && Rejections.Count > 0;

    /// <summary>Imports a file the way the CLI does: decompress, then the named importer.</summary>
    public static JsonTestSink Import(string format, string path, bool stopOnReject = false)
    {
        var importer = ImporterRegistry.Find(format) ?? throw new InvalidOperationException("no importer " + format);
        var sink = new JsonTestSink(stopOnReject);
        using var stream = ImporterRegistry.OpenDecompressed(path);
        importer.Import(stream, new ImportContext { SourceFile = path }, sink);
        return sink;
    }
}
