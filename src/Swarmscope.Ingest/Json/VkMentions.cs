namespace Swarmscope.Ingest.Json;

/// <summary>
/// VK writes mentions as wiki markup "[id123|Name]", "[club45|Name]" or "[durov|Pavel]"; the part before '|' is the
/// screen name or id-name that vk.com/&lt;name&gt; opens, which is what a mention is.
/// </summary>
public static class VkMentions
{
    public static void AddTo(string? text, PostEntities entities)
    {
        if (string.IsNullOrEmpty(text)) return;
        var at = text.IndexOf('[');
        while (at >= 0 && at < text.Length - 1)
        {
            var bar = -1;
            var end = -1;
            for (var i = at + 1; i < text.Length && i < at + 200; i++)
            {
                var c = text[i];
                if (c == '|' && bar < 0) bar = i;
                else if (c == ']') { end = i; break; }
                else if (c is '[' or '\n') break;
            }
            if (bar > at + 1 && end > bar && IsScreenName(text.AsSpan(at + 1, bar - at - 1)))
                entities.AddMention(text.Substring(at + 1, bar - at - 1));
            at = text.IndexOf('[', at + 1);
        }
    }

    private static bool IsScreenName(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '.')) return false;
        return true;
    }
}
