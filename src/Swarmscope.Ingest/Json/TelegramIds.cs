namespace Swarmscope.Ingest.Json;

/// <summary>
/// Telegram peer ids in the Bot API convention: users positive, basic groups "-N", channels and supergroups
/// "-100N". Telegram Desktop writes "user123", "chat123", "channel123" and bare chat ids; Telethon and bot dumps
/// (and ../shared/data/telegram-news-ru) write -100123. One convention lets the same channel meet itself across
/// export tools.
/// </summary>
public static class TelegramIds
{
    /// <summary>"user5" → "5", "chat5" → "-5", "channel5" → "-1005"; anything else unchanged.</summary>
    public static string FromDesktopPeer(string peer)
    {
        if (TryStrip(peer, "user", out var n)) return n;
        if (TryStrip(peer, "channel", out n)) return "-100" + n;
        if (TryStrip(peer, "chat", out n)) return "-" + n;
        return peer;
    }

    /// <summary>A Desktop export chat id with its chat type ("public_channel", "private_supergroup", ...).</summary>
    public static string FromDesktopChat(string id, string? type)
    {
        if (id.Length == 0 || id[0] == '-' || !char.IsAsciiDigit(id[0])) return FromDesktopPeer(id);
        if (type is null) return id;
        if (type.Contains("channel", StringComparison.Ordinal) || type.Contains("supergroup", StringComparison.Ordinal)) return "-100" + id;
        if (type == "private_group") return "-" + id;
        return id; // personal_chat, bot_chat, saved_messages: the user's own id
    }

    private static bool TryStrip(string peer, string prefix, out string number)
    {
        number = "";
        if (!peer.StartsWith(prefix, StringComparison.Ordinal) || peer.Length == prefix.Length) return false;
        foreach (var c in peer.AsSpan(prefix.Length)) if (!char.IsAsciiDigit(c)) return false;
        number = peer[prefix.Length..];
        return true;
    }
}
