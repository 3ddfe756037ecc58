namespace Swarmscope.Observatory.Agreement;

/// <summary>
/// Krippendorff's alpha with what it was computed from. <see cref="Value"/> is null when alpha is undefined:
/// fewer than two pairable values, or no variation at all (expected disagreement 0).
/// </summary>
public sealed record AlphaResult(double? Value, int Units, int PairableValues, double ObservedDisagreement, double ExpectedDisagreement)
{
    public static readonly AlphaResult Undefined = new(null, 0, 0, 0, 0);
}
