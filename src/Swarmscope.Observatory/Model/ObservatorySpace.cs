namespace Swarmscope.Observatory.Model;

/// <summary>An observatory: a country or theme over a period, with its members, incidents, items and codebook.
/// (Named ObservatorySpace so it does not clash with the namespace.)</summary>
public sealed class ObservatorySpace
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string? Country { get; set; }
    public string? Theme { get; set; }
    public DateOnly? PeriodStart { get; set; }
    public DateOnly? PeriodEnd { get; set; }
    public string? Description { get; set; }
    /// <summary>Share of new items (0..1) that are assigned to two coders for blind double-coding.</summary>
    public double DoubleCodingShare { get; set; } = 0.2;
}
