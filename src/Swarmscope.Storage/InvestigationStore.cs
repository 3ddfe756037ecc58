using Swarmscope.Core;

namespace Swarmscope.Storage;

/// <summary>
/// One investigation = one DuckDB file, readable with DuckDB's own CLI, Python or R.
/// CONTRACT (implementation pending): analyses read through <see cref="ReadPosts"/> and <see cref="ReadAccounts"/>.
/// </summary>
public sealed class InvestigationStore : IDisposable
{
    public string Path { get; }

    private InvestigationStore(string path) => Path = path;

    public static InvestigationStore Open(string path) => throw new NotImplementedException();

    /// <summary>Streams all posts (ordered by platform, account, time).</summary>
    public IEnumerable<Post> ReadPosts() => throw new NotImplementedException();

    /// <summary>Streams all accounts.</summary>
    public IEnumerable<Account> ReadAccounts() => throw new NotImplementedException();

    public void Dispose() { }
}
