namespace Swarmscope.Core;

/// <summary>
/// Where an importer delivers normalized records. Importers never throw for one bad record: they report it
/// with <see cref="Rejected"/> and the caller decides whether to stop (default) or log and carry on (--skip-bad).
/// </summary>
public interface IRecordSink
{
    void Account(Account account);
    void Post(Post post);
    void Rejected(RejectedRecord rejected);
    /// <summary>True once the caller wants no more records (e.g. the first rejection without --skip-bad).</summary>
    bool Stopped => false;
}
