namespace Swarmscope.Ingest.Json;

/// <summary>The bytes are not valid JSON at a known place: the 1-based line and column (in bytes) of the file.</summary>
public sealed class JsonSyntaxException(long line, long column, string reason, Exception? inner = null)
    : Exception($"invalid JSON at line {line}, column {column}: {reason}", inner)
{
    public long Line { get; } = line;
    public long Column { get; } = column;
    public string Reason { get; } = reason;
}
