namespace Swarmscope.Core;

/// <summary>
/// Where a record came from: the source file and the 1-based line (text formats) or record index (JSON).
/// Every finding can be traced back to the exact row a journalist can show.
/// </summary>
public readonly record struct Provenance(string SourceFile, long Record)
{
    public override string ToString() => $"{SourceFile}:{Record}";
}
