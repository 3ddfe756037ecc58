namespace Swarmscope.Core;

/// <summary>
/// An identity on one platform. <see cref="Id"/> is the platform's stable id where the export has one,
/// otherwise the handle (lower-cased) — the IO-archive subsets and the IRA files carry only screen names.
/// Unknown values are null, never zero: "0 followers" is a signal, "not exported" is not.
/// </summary>
public sealed class Account
{
    public required Platform Platform { get; init; }
    public required string Id { get; init; }
    public string? Handle { get; set; }
    public string? DisplayName { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }
    public long? Followers { get; set; }
    public long? Following { get; set; }
    public long? PostCount { get; set; }
    public string? Description { get; set; }
    public string? Location { get; set; }
    public string? Language { get; set; }
    public string? ProfileImageUrl { get; set; }
    /// <summary>64-bit perceptual hash of the profile image, where known.</summary>
    public ulong? ProfileImageHash { get; set; }
    public bool? Verified { get; set; }
    public Provenance Provenance { get; set; }
}
