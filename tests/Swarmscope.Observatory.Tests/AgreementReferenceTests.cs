using Swarmscope.Observatory.Agreement;

namespace Swarmscope.Observatory.Tests;

/// <summary>Published reference figures: Krippendorff's 4-coder, 12-unit reliability data (the matrix printed in
/// R's irr::kripp.alpha documentation) and Artstein and Poesio's (2008) two-coder kappa example.</summary>
public class AgreementReferenceTests
{
    // Rows are coders, columns units, exactly as irr's example: matrix(c(1,1,NA,1, 2,2,3,2, ...), nrow = 4).
    private static readonly double?[,] Krippendorff =
    {
        { 1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null },
        { 1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3 },
        { null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null },
        { 1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null },
    };

    private static List<IReadOnlyList<double?>> Units()
    {
        var units = new List<IReadOnlyList<double?>>();
        for (var u = 0; u < Krippendorff.GetLength(1); u++)
            units.Add(Enumerable.Range(0, Krippendorff.GetLength(0)).Select(c => Krippendorff[c, u]).ToArray());
        return units;
    }

    [Theory]
    [InlineData(MeasurementLevel.Nominal, 0.743)]
    [InlineData(MeasurementLevel.Ordinal, 0.815)]
    [InlineData(MeasurementLevel.Interval, 0.849)]
    [InlineData(MeasurementLevel.Ratio, 0.797)]
    public void Krippendorff_reliability_data_gives_the_published_alpha(MeasurementLevel level, double expected)
    {
        var result = KrippendorffAlpha.Numeric(Units(), level);
        Assert.Equal(expected, Math.Round(result.Value!.Value, 3));
        Assert.Equal(11, result.Units);            // unit 12 has one value only: not pairable
        Assert.Equal(40, result.PairableValues);
    }

    [Fact]
    public void Nominal_alpha_on_labels_equals_nominal_alpha_on_numbers()
    {
        var labels = Units().Select(u => (IReadOnlyList<string?>)u.Select(v => v is null ? null : "c" + v).ToArray());
        Assert.Equal(0.743, Math.Round(KrippendorffAlpha.Nominal(labels).Value!.Value, 3));
    }

    [Fact]
    public void Artstein_and_Poesio_table_gives_kappa_0_348()
    {
        var kappa = CohenKappa.FromTable(new double[,] { { 20, 10 }, { 20, 50 } });
        Assert.Equal(0.348, Math.Round(kappa!.Value, 3));
    }

    [Fact]
    public void Kappa_from_pairs_equals_kappa_from_the_table()
    {
        var pairs = Enumerable.Repeat(("stat", "stat"), 20).Concat(Enumerable.Repeat(("stat", "ireq"), 10))
            .Concat(Enumerable.Repeat(("ireq", "stat"), 20)).Concat(Enumerable.Repeat(("ireq", "ireq"), 50));
        Assert.Equal(0.348, Math.Round(CohenKappa.FromPairs(pairs)!.Value, 3));
    }

    [Fact]
    public void Perfect_agreement_is_one_and_no_variation_is_undefined()
    {
        Assert.Equal(1.0, KrippendorffAlpha.Nominal([["a", "a"], ["b", "b"]]).Value);
        Assert.Null(KrippendorffAlpha.Nominal([["a", "a"], ["a", "a"]]).Value);
        Assert.Null(KrippendorffAlpha.Nominal([["a", null], [null, "b"]]).Value);
    }

    [Fact]
    public void Masi_follows_Passonneau_2006()
    {
        Assert.Equal(0, MasiDistance.Between(["a", "b"], ["b", "a"]));
        Assert.Equal(1 - 1.0 / 2 * 2 / 3, MasiDistance.Between(["a"], ["a", "b"]), 12);     // subset: J = 1/2, M = 2/3
        Assert.Equal(1 - 1.0 / 3 * 1 / 3, MasiDistance.Between(["a", "b"], ["b", "c"]), 12); // overlap: J = 1/3, M = 1/3
        Assert.Equal(1, MasiDistance.Between(["a"], ["b"]));
    }

    [Fact]
    public void Set_alpha_with_single_element_sets_equals_nominal_alpha()
    {
        var sets = Units().Select(u => (IReadOnlyList<IReadOnlyCollection<string>?>)u.Select(v => v is null ? null : (IReadOnlyCollection<string>)["c" + v]).ToArray());
        Assert.Equal(0.743, Math.Round(KrippendorffAlpha.Sets(sets).Value!.Value, 3));
    }

    [Fact]
    public void Set_alpha_gives_partial_credit_for_overlapping_sets()
    {
        string[] a = ["x"], ab = ["x", "y"], c = ["z"], d = ["w"];
        var overlapping = KrippendorffAlpha.Sets([[a, ab], [c, c], [d, d]]).Value!.Value;
        var disjoint = KrippendorffAlpha.Sets([[a, ["q"]], [c, c], [d, d]]).Value!.Value;
        Assert.True(overlapping > disjoint, $"{overlapping} > {disjoint}");
    }
}
