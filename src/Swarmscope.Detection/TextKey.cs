using System.Text;

namespace Swarmscope.Detection;

/// <summary>
/// The identical-text key of a post. Placeholder until the shared <c>TextNormalizer.Normalize</c> lands
/// (Detection/Text, owned by the near-duplicate work): lower-case and collapse whitespace only.
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

    private static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
