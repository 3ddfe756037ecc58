namespace Swarmscope.Ingest.Json;

/// <summary>
/// Thrown while mapping one JSON record when a field is missing or unusable; caught by the importer's record
/// loop and turned into a <see cref="Core.RejectedRecord"/> so the rest of the file is still read.
/// </summary>
public sealed class BadFieldException(string field, string reason) : Exception($"field '{field}': {reason}")
{
    public string Field { get; } = field;
    public string Reason { get; } = reason;
}
