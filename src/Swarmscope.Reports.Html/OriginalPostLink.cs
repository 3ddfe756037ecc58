using System.Text.RegularExpressions;

namespace Swarmscope.Reports.Html;

/// <summary>
/// The address of a post on its platform, built only from ids of a shape the platform uses (digits, a VK owner_post
/// pair, a public Telegram username), so a hostile id can never make a link somewhere else. Derived ids (the IRA
/// files have no tweet ids) get no link.
/// </summary>
public static partial class OriginalPostLink
{
    public static string? For(string platform, string postId, bool idDerived, string? handle, string? channel)
    {
        if (idDerived || string.IsNullOrEmpty(postId)) return null;
        switch (platform.ToLowerInvariant())
        {
            case "twitter":
                return Digits().IsMatch(postId) ? "https://twitter.com/i/web/status/" + postId : null;
            case "vk":
                return VkPost().IsMatch(postId) ? "https://vk.com/wall" + postId : null;
            case "telegram":
                // Telegram post ids are "chat/message"; a link needs the channel's public username.
                var slash = postId.LastIndexOf('/');
                var message = slash >= 0 ? postId[(slash + 1)..] : postId;
                var name = TelegramName().IsMatch(channel ?? "") ? channel : TelegramName().IsMatch(handle ?? "") ? handle : null;
                return name is not null && Digits().IsMatch(message) ? $"https://t.me/{name}/{message}" : null;
            default:
                return null;
        }
    }

    [GeneratedRegex("^[0-9]{1,20}$")]
    private static partial Regex Digits();

    [GeneratedRegex("^-?[0-9]{1,20}_[0-9]{1,20}$")]
    private static partial Regex VkPost();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{3,31}$")]
    private static partial Regex TelegramName();
}
