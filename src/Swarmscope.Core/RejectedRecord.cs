namespace Swarmscope.Core;

/// <summary>
/// A record an importer could not turn into a Post or Account, with a reason a person can act on.
/// What it echoes of the file is bounded (a field name of 120 characters, a reason of 1,000): a file forced into
/// the wrong format can make its whole first line of megabytes a "column name", and an error must stay readable.
/// </summary>
public sealed record RejectedRecord(string SourceFile, long Record, string? Field, string Reason, string? Raw = null)
{
    public const int MaxFieldChars = 120;
    public const int MaxReasonChars = 1000;

    public string? Field { get; init; } = Bounded(Field, MaxFieldChars);

    public string Reason { get; init; } = Bounded(Reason, MaxReasonChars)!;

    public override string ToString() =>
        Field is null ? $"{SourceFile}:{Record}: {Reason}" : $"{SourceFile}:{Record}: field '{Field}': {Reason}";

    private static string? Bounded(string? text, int max) =>
        text is null || text.Length <= max ? text : text[..(char.IsHighSurrogate(text[max - 1]) ? max - 1 : max)] + string.Create(System.Globalization.CultureInfo.InvariantCulture, $"… ({text.Length:N0} characters)");
}
