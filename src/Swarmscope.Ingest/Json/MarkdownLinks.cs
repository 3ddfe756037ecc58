namespace Swarmscope.Ingest.Json;

/// <summary>
/// Markdown links "[label](url)" as Telegram clients and Telethon dumps write them. The link target is taken as a
/// URL and blanked out of the text before the plain-text scan, so a target is not found twice (or mangled by
/// the "](" before it) and a '#' fragment in it is not taken for a hashtag.
/// </summary>
public static class MarkdownLinks
{
    /// <summary>Returns the link targets in order, and the text with each "(url)" target replaced by spaces.</summary>
    public static List<string>? Extract(string text, out string textWithoutTargets)
    {
        textWithoutTargets = text;
        var at = text.IndexOf("](", StringComparison.Ordinal);
        if (at < 0) return null;
        List<string>? targets = null;
        char[]? blanked = null;
        while (at >= 0)
        {
            var open = at + 1;
            var depth = 0;
            var close = -1;
            for (var i = open; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '(') depth++;
                else if (c == ')' && --depth == 0) { close = i; break; }
                else if (c is '\n' or ' ') break; // a link target has no whitespace
            }
            if (close < 0) { at = text.IndexOf("](", open, StringComparison.Ordinal); continue; }
            var target = text.AsSpan(open + 1, close - open - 1).Trim();
            if (target.Length > 0) (targets ??= []).Add(target.ToString());
            blanked ??= text.ToCharArray();
            for (var i = open; i <= close; i++) blanked[i] = ' ';
            at = text.IndexOf("](", close, StringComparison.Ordinal);
        }
        if (blanked is not null) textWithoutTargets = new string(blanked);
        return targets;
    }
}
