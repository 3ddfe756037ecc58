namespace Swarmscope.Core.Codebooks;

/// <summary>A codebook file that cannot be read: names the file (when known), line, column and reason.</summary>
public sealed class CodebookFormatException(string? source, int line, int column, string reason)
    : FormatException($"{source ?? "codebook"}, line {line}, column {column}: {reason}")
{
    public string? FileName { get; } = source;
    public int Line { get; } = line;
    public int Column { get; } = column;
    public string Reason { get; } = reason;
}
