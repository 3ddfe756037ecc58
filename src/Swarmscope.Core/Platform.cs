namespace Swarmscope.Core;

/// <summary>The social network a record comes from. Ids are only unique within one platform.</summary>
public enum Platform : byte
{
    Unknown = 0,
    Twitter,
    Facebook,
    Instagram,
    Telegram,
    VK,
    Reddit,
    YouTube,
    TikTok,
    Other,
}
