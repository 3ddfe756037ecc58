using System.Globalization;
using Swarmscope.Core;

namespace Swarmscope.Signals;

/// <summary>Identity and popularity signals from the profile alone: "no photos, no posts, no friends".</summary>
internal static class ProfileSignals
{
    private static readonly string[] DefaultImageMarkers =
    [
        "default_profile_images", // Twitter/X egg and silhouette
        "default_profile",
        "/images/camera_",        // VK camera placeholder
        "deactivated",            // VK deactivated placeholder
        "silhouette",             // Facebook
        "no_avatar", "noavatar", "default_avatar", "default-avatar", "avatar_default",
    ];

    public static bool IsDefaultImageUrl(string url)
    {
        foreach (var m in DefaultImageMarkers)
            if (url.Contains(m, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>True when the export carried a profile at all; only then does a missing description mean "empty".</summary>
    public static bool ProfileExported(Account a) =>
        a.Followers is not null || a.Following is not null || a.PostCount is not null || a.CreatedAt is not null
        || a.ProfileImageUrl is not null || a.Verified is not null || a.DisplayName is not null;

    public static void Compute(Account a, AccountSignals s)
    {
        var markers = new List<string>(5);
        int known = 0, hit = 0;

        // Photo: an empty URL or a default-image URL is "no photo"; null URL and no hash is "unknown".
        if (a.ProfileImageUrl is { } url)
        {
            var isDefault = url.Trim().Length == 0 || IsDefaultImageUrl(url);
            s.Set(SignalCatalog.DefaultPhoto, isDefault ? 1 : 0, isDefault ? (url.Trim().Length == 0 ? "no profile photo" : "platform's default profile photo") : null);
            known++;
            if (isDefault) { hit++; markers.Add(url.Trim().Length == 0 ? "no photo" : "default photo"); }
        }
        else if (a.ProfileImageHash is not null)
        {
            s.Set(SignalCatalog.DefaultPhoto, 0, null);
            known++;
        }

        if (!string.IsNullOrWhiteSpace(a.Description))
        {
            s.Set(SignalCatalog.NoDescription, 0, null);
            known++;
        }
        else if (a.Description is not null || ProfileExported(a))
        {
            s.Set(SignalCatalog.NoDescription, 1, "empty profile description");
            known++; hit++; markers.Add("no description");
        }

        if (a.Followers is { } followers)
        {
            s.Set(SignalCatalog.FollowersLog, Math.Log10(1 + Math.Max(0, followers)), $"{followers.ToString(CultureInfo.InvariantCulture)} followers");
            known++;
            if (followers <= 2) { hit++; markers.Add($"{followers} followers"); }
        }
        if (a.Following is { } following)
        {
            s.Set(SignalCatalog.FollowingLog, Math.Log10(1 + Math.Max(0, following)), $"follows {following.ToString(CultureInfo.InvariantCulture)} accounts");
            known++;
            if (following <= 2) { hit++; markers.Add($"follows {following}"); }
        }
        if (a.PostCount is { } posts)
        {
            s.Set(SignalCatalog.PostCountLog, Math.Log10(1 + Math.Max(0, posts)), $"{posts.ToString(CultureInfo.InvariantCulture)} posts on profile");
            known++;
            if (posts <= 2) { hit++; markers.Add($"{posts} posts"); }
        }
        if (a.Followers is { } fr && a.Following is { } fg)
        {
            var ratio = Math.Log10((1.0 + Math.Max(0, fg)) / (1.0 + Math.Max(0, fr)));
            s.Set(SignalCatalog.FollowRatio, ratio, $"follows {fg.ToString(CultureInfo.InvariantCulture)}, followed by {fr.ToString(CultureInfo.InvariantCulture)}");
        }
        if (a.Verified is { } verified)
            s.Set(SignalCatalog.Verified, verified ? 1 : 0, verified ? "verified" : "not verified");

        if (known > 0)
        {
            var reason = hit == 0 ? null : $"empty identity: {string.Join(", ", markers)} ({hit} of {known} known markers)";
            s.Set(SignalCatalog.EmptyProfile, hit / (double)known, reason);
        }
    }
}
