using Swarmscope.Core;
using Swarmscope.Ingest;

namespace Swarmscope.Bench;

/// <summary>
/// Collects what an importer reads into memory, labelling every account of the file with one class.
/// The evaluation harness reads the shared data through the project's own importers, exactly as `swarmscope import` does.
/// </summary>
public sealed class EvaluationSink : IRecordSink
{
    private int _label;
    private string _file = "";

    public List<Account> Accounts { get; } = [];
    public List<Post> Posts { get; } = [];
    /// <summary>Account id → label; an account in two files keeps its first label.</summary>
    public Dictionary<string, int> Labels { get; } = new(StringComparer.Ordinal);
    public List<string> Rejections { get; } = [];

    /// <summary>Imports <paramref name="path"/> with the importer named <paramref name="format"/>, labelling its accounts.</summary>
    public void Import(string path, string format, int label)
    {
        var importer = ImporterRegistry.Find(format) ?? throw new InvalidOperationException($"no importer named '{format}' (has it landed on main?)");
        _label = label;
        _file = Path.GetFileName(path);
        using var stream = ImporterRegistry.OpenDecompressed(path);
        importer.Import(stream, new ImportContext { SourceFile = path }, this);
    }

    public void Account(Account account)
    {
        Accounts.Add(account);
        Labels.TryAdd(account.Id, _label);
    }

    public void Post(Post post)
    {
        Posts.Add(post);
        Labels.TryAdd(post.AccountId, _label);
    }

    public void Rejected(RejectedRecord rejected) => Rejections.Add($"{_file}: {rejected}");
}
