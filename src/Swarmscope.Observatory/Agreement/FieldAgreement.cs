namespace Swarmscope.Observatory.Agreement;

/// <summary>Agreement on one codebook field: alpha over every coder, and alpha and kappa for each pair of coders.</summary>
public sealed record FieldAgreement(string Field, string Label, MeasurementLevel Level, AlphaResult Alpha, IReadOnlyList<PairAgreement> Pairs);

/// <summary>Agreement of two coders on one field over the items both coded. Kappa only for single-choice and scale
/// fields (it has no set version).</summary>
public sealed record PairAgreement(string CoderA, string CoderB, int Items, AlphaResult Alpha, double? Kappa);
