using Swarmscope.Core;
using Swarmscope.Ingest;

namespace Swarmscope.Detection.Tests;

/// <summary>Posts of a file read by a real importer, which must accept every record.</summary>
internal static class ImportedPosts
{
    public static List<Post> Load(IPlatformImporter importer, string path)
    {
        var sink = new ListSink();
        using (var stream = File.OpenRead(path)) importer.Import(stream, new ImportContext { SourceFile = path }, sink);
        Assert.Empty(sink.Rejected);
        return sink.Posts;
    }

    private sealed class ListSink : IRecordSink
    {
        public List<Post> Posts { get; } = [];
        public List<RejectedRecord> Rejected { get; } = [];
        public void Account(Account account) { }
        public void Post(Post post) => Posts.Add(post);
        void IRecordSink.Rejected(RejectedRecord rejected) => Rejected.Add(rejected);
    }
}
