using Swarmscope.Text;

namespace Swarmscope.Detection;

/// <summary>
/// The identical-text key of a post: <see cref="TextNormalizer.Normalize"/> (NFKC, case, whitespace, URLs and
/// @mentions stripped, look-alike letters folded), ignoring keys too short to mean anything.
/// </summary>
internal static class TextKey
{
    /// <summary>Texts shorter than this after normalization ("ok", "+1") say nothing about coordination.</summary>
    public const int MinimumLength = 8;

    public static string? Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var normalized = Normalize(text);
        return normalized.Length < MinimumLength ? null : normalized;
    }

    private static string Normalize(string text) => TextNormalizer.Normalize(text);
}
