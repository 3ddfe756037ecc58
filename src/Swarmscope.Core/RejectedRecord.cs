namespace Swarmscope.Core;

/// <summary>A record an importer could not turn into a Post or Account, with a reason a person can act on.</summary>
public sealed record RejectedRecord(string SourceFile, long Record, string? Field, string Reason, string? Raw = null)
{
    public override string ToString() =>
        Field is null ? $"{SourceFile}:{Record}: {Reason}" : $"{SourceFile}:{Record}: field '{Field}': {Reason}";
}
