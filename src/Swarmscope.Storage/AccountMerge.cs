using Swarmscope.Core;

namespace Swarmscope.Storage;

/// <summary>Field-wise account merge: a newer record's non-null values win, its nulls never erase what is known.</summary>
internal static class AccountMerge
{
    public static void Into(Account target, Account newer)
    {
        target.Handle = newer.Handle ?? target.Handle;
        target.DisplayName = newer.DisplayName ?? target.DisplayName;
        target.CreatedAt = newer.CreatedAt ?? target.CreatedAt;
        target.Followers = newer.Followers ?? target.Followers;
        target.Following = newer.Following ?? target.Following;
        target.PostCount = newer.PostCount ?? target.PostCount;
        target.Description = newer.Description ?? target.Description;
        target.Location = newer.Location ?? target.Location;
        target.Language = newer.Language ?? target.Language;
        target.ProfileImageUrl = newer.ProfileImageUrl ?? target.ProfileImageUrl;
        target.ProfileImageHash = newer.ProfileImageHash ?? target.ProfileImageHash;
        target.Verified = newer.Verified ?? target.Verified;
        target.Provenance = newer.Provenance;
    }
}
