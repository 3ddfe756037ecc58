namespace Swarmscope.Signals;

/// <summary>Every signal Swarmscope computes, in the column order of accounts.csv. Indices are stable within a build.</summary>
public static class SignalCatalog
{
    public const int EmptyProfile = 0;
    public const int DefaultPhoto = 1;
    public const int NoDescription = 2;
    public const int FollowersLog = 3;
    public const int FollowingLog = 4;
    public const int PostCountLog = 5;
    public const int FollowRatio = 6;
    public const int Verified = 7;
    public const int FollowersPerDay = 8;
    public const int FollowingPerDay = 9;
    public const int PostsPerDay = 10;
    public const int HandleDigits = 11;
    public const int HandleRandomness = 12;
    public const int HandleChanges = 13;
    public const int HandlePseudonymised = 14;
    public const int CreationBurst = 15;
    public const int AccountAge = 16;
    public const int GapRegularity = 17;
    public const int GapEntropy = 18;
    public const int OfficeHoursShare = 19;
    public const int LongestQuietHours = 20;
    public const int DormantRestarts = 21;
    public const int RepostRatio = 22;
    public const int ReplyRatio = 23;
    public const int NearDuplicateShare = 24;
    public const int BurstShare = 25;
    public const int InCoordinatedCluster = 26;
    public const int SharedPhoto = 27;
    public const int SharedDescription = 28;
    public const int CyrillicShare = 29;
    public const int LatinShare = 30;
    public const int LanguageCount = 31;

    /// <summary>
    /// A tested signal counts towards the score, and shows its reason, only when its one-sided p-value is below this
    /// (z ≥ 2.33): with thousands of accounts and several tests each, 5% would flag too many by chance.
    /// </summary>
    public const double Significance = 0.01;

    public static readonly IReadOnlyList<SignalDefinition> All =
    [
        new("empty_profile", SignalDirection.HigherIsSuspicious, SignalGroup.Identity, "share of the known emptiness markers that hold: default/no photo, no description, ≤2 followers, ≤2 following, ≤2 posts"),
        new("default_photo", SignalDirection.HigherIsSuspicious, SignalGroup.Identity, "1 = no profile photo or the platform's default image, 0 = own photo"),
        new("no_description", SignalDirection.HigherIsSuspicious, SignalGroup.Identity, "1 = empty profile description (in an exported profile), 0 = has one"),
        new("followers_log", SignalDirection.LowerIsSuspicious, SignalGroup.Popularity, "log10(1 + followers)"),
        new("following_log", SignalDirection.LowerIsSuspicious, SignalGroup.Popularity, "log10(1 + accounts followed)"),
        new("post_count_log", SignalDirection.LowerIsSuspicious, SignalGroup.Popularity, "log10(1 + posts the profile says it has)"),
        new("follow_ratio", SignalDirection.HigherIsSuspicious, SignalGroup.Popularity, "log10((1 + following) / (1 + followers)): follows many, followed by few"),
        new("verified", SignalDirection.LowerIsSuspicious, SignalGroup.Popularity, "1 = platform-verified, 0 = not"),
        new("followers_per_day_log", SignalDirection.LowerIsSuspicious, SignalGroup.Popularity, "log10(1 + followers per day of account age): few followers for an old account"),
        new("following_per_day_log", SignalDirection.HigherIsSuspicious, SignalGroup.Popularity, "log10(1 + accounts followed per day of account age): mass following"),
        new("posts_per_day_log", SignalDirection.HigherIsSuspicious, SignalGroup.Behaviour, "log10(1 + posts per day of account age, from the profile's post count): hyperactive"),
        new("handle_digits", SignalDirection.HigherIsSuspicious, SignalGroup.Handle, "number of digits the handle ends with (anna84736251 → 8); unknown for pseudonymised handles"),
        new("handle_randomness", SignalDirection.HigherIsSuspicious, SignalGroup.Handle, "bits per letter of the handle under a character trigram model of ordinary names and words shipped with Swarmscope, tested against held-out ordinary handles; unknown for pseudonymised handles and under 6 letters", SignalScale.Test),
        new("handle_changes", SignalDirection.HigherIsSuspicious, SignalGroup.Handle, "number of different handles/display names the data shows for the account, minus one"),
        new("handle_pseudonymised", SignalDirection.Informational, SignalGroup.Handle, "1 = the handle is a digest or id put there by the archive or export (hex digest, UUID, base64 digest, numeric id), so handle signals are left out"),
        new("creation_burst", SignalDirection.HigherIsSuspicious, SignalGroup.Creation, "-log10 of the false-discovery-adjusted Poisson p-value of the accounts created within ±1 day of this one, against the data set's local creation rate", SignalScale.Test),
        new("account_age_log", SignalDirection.LowerIsSuspicious, SignalGroup.Creation, "log10(1 + days from the account's creation to its last post in the data, or to the data set's latest time): farms post from fresh accounts"),
        new("gap_cv", SignalDirection.LowerIsSuspicious, SignalGroup.Rhythm, "coefficient of variation of the time between posts (0 = clockwork); tested against a random (Poisson) poster", SignalScale.Test),
        new("gap_entropy", SignalDirection.LowerIsSuspicious, SignalGroup.Rhythm, "entropy (bits) of the log-binned time between posts (low = the same gap again and again); tested against the data set's pooled gaps", SignalScale.Test),
        new("office_hours_share", SignalDirection.HigherIsSuspicious, SignalGroup.Rhythm, "share of posts Monday-Friday 09:00-18:00 in the chosen time zone; tested against the data set's accounts", SignalScale.Test),
        new("longest_quiet_hours", SignalDirection.LowerIsSuspicious, SignalGroup.Rhythm, "longest run of hours of the day (chosen zone, circular) with under 1% of the posts; humans sleep, so a low value means sleepless; tested against the data set's nights", SignalScale.Test),
        new("dormant_restarts", SignalDirection.HigherIsSuspicious, SignalGroup.Rhythm, "times the account fell silent for 30+ days and then started posting again (switched off and on); tested against the account's own pace", SignalScale.Test),
        new("repost_ratio", SignalDirection.HigherIsSuspicious, SignalGroup.Behaviour, "share of posts that are reposts/forwards"),
        new("reply_ratio", SignalDirection.HigherIsSuspicious, SignalGroup.Behaviour, "share of posts that are replies/comments"),
        new("near_duplicate_share", SignalDirection.HigherIsSuspicious, SignalGroup.Behaviour, "share of posts that are near-duplicates of other accounts' posts (from the detection engine)"),
        new("burst_share", SignalDirection.HigherIsSuspicious, SignalGroup.Behaviour, "share of posts inside detected coordinated bursts"),
        new("in_coordinated_cluster", SignalDirection.HigherIsSuspicious, SignalGroup.Behaviour, "1 = member of a detected coordinated cluster"),
        new("shared_photo", SignalDirection.HigherIsSuspicious, SignalGroup.RecycledIdentity, "number of other accounts whose profile photo has a perceptual hash within the Hamming threshold"),
        new("shared_description", SignalDirection.HigherIsSuspicious, SignalGroup.RecycledIdentity, "number of other accounts whose profile description is a near-copy of this one's (one template with the city or name swapped); descriptions under 5 words are not compared (0); no description is unknown"),
        new("cyrillic_share", SignalDirection.Informational, SignalGroup.Language, "share of letters in posts that are Cyrillic"),
        new("latin_share", SignalDirection.Informational, SignalGroup.Language, "share of letters in posts that are Latin"),
        new("language_count", SignalDirection.Informational, SignalGroup.Language, "number of source-given post languages with at least 10% of the posts"),
    ];

    public static int Count => All.Count;

    public static int IndexOf(string name)
    {
        for (var i = 0; i < All.Count; i++)
            if (string.Equals(All[i].Name, name, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }
}
