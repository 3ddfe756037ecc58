using Swarmscope.Core;

namespace Swarmscope.Storage;

/// <summary>An import stopped at a bad record (no --skip-bad); the store was left unchanged for that file.</summary>
public sealed class ImportRejectedException(RejectedRecord record)
    : Exception($"{record.SourceFile}, line/record {record.Record}" + (record.Field is null ? "" : $", field '{record.Field}'") + $": {record.Reason}")
{
    public RejectedRecord Record { get; } = record;
}
