namespace Swarmscope.Signals;

/// <summary>
/// Settings and optional inputs from other analyses. Other analyses' outputs arrive as plain data so that
/// Signals does not depend on Detection.
/// </summary>
public sealed class SignalOptions
{
    /// <summary>Zone for office hours and the daily rhythm (e.g. Asia/Almaty for a Kazakh farm). Default UTC.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>Post id → near-duplicate group id (e.g. from the detection engine's NearDuplicateGrouper). Null = not computed.</summary>
    public IReadOnlyDictionary<string, int>? NearDuplicateGroups { get; init; }

    /// <summary>Ids of posts inside detected coordinated bursts. Null = not computed.</summary>
    public IReadOnlySet<string>? BurstPostIds { get; init; }

    /// <summary>Account ids or handles that belong to a detected coordinated cluster (matched as the set's comparer says). Null = not computed.</summary>
    public IReadOnlySet<string>? CoordinatedAccountIds { get; init; }

    /// <summary>A folder of local profile photos (see <see cref="ProfileImageHasher.FindLocalFile"/>); hashed when an account has no hash. Null = none.</summary>
    public string? PhotoFolder { get; init; }

    /// <summary>Told what could not be used and why, one message naming the file each (a photo too large to decode);
    /// the run goes on with that signal unknown. Null = not told.</summary>
    public Action<string>? OnWarning { get; init; }

    /// <summary>Two profile-photo hashes at most this many bits apart count as the same photo.</summary>
    public int PhotoHammingThreshold { get; init; } = 4;

    /// <summary>Rhythm signals need at least this many posts; fewer says nothing about a daily rhythm.</summary>
    public int MinPostsForRhythm { get; init; } = 10;

    /// <summary>A silence at least this long followed by new posts counts as "switched off and on again".</summary>
    public TimeSpan DormancyGap { get; init; } = TimeSpan.FromDays(30);
}
