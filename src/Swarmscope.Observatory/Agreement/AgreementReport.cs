using System.Globalization;
using Swarmscope.Core.Codebooks;
using Swarmscope.Observatory.Model;

namespace Swarmscope.Observatory.Agreement;

/// <summary>
/// Agreement per codebook field and per coder pair, from the codings coders submitted (a draft never submitted is
/// not an independent judgement yet). Choice → nominal, scale → ordinal, number → interval, count → ratio,
/// choices and frames → sets with MASI; text and date fields are not measured. Only items coded by at least two
/// coders count; an empty set is a value (the coder saw no frame), an empty single field is missing.
/// </summary>
public static class AgreementReport
{
    public static MeasurementLevel? LevelOf(CodebookFieldType type) => type switch
    {
        CodebookFieldType.Choice => MeasurementLevel.Nominal,
        CodebookFieldType.Scale => MeasurementLevel.Ordinal,
        CodebookFieldType.Number => MeasurementLevel.Interval,
        CodebookFieldType.Count => MeasurementLevel.Ratio,
        CodebookFieldType.Choices or CodebookFieldType.Frames => MeasurementLevel.Set,
        _ => null,
    };

    public static IReadOnlyList<FieldAgreement> Compute(Codebook codebook, IEnumerable<Coding> codings)
    {
        var submitted = codings.Where(c => c.SubmittedAt is not null).ToList();
        var coderNames = submitted.GroupBy(c => c.CoderId).ToDictionary(g => g.Key, g => g.First().CoderName);
        var coders = coderNames.Keys.Order(StringComparer.Ordinal).ToList();
        var items = submitted.GroupBy(c => c.MediaItemId)
            .Where(g => g.Select(c => c.CoderId).Distinct().Count() >= 2)
            .ToDictionary(g => g.Key, g => g.GroupBy(c => c.CoderId).ToDictionary(x => x.Key, x => x.OrderByDescending(c => c.UpdatedAt).First()));
        var result = new List<FieldAgreement>();
        foreach (var field in codebook.Fields)
        {
            if (LevelOf(field.Type) is not { } level) continue;
            var alpha = Alpha(field, level, items.Values, coders);
            var pairs = new List<PairAgreement>();
            for (var a = 0; a < coders.Count; a++)
                for (var b = a + 1; b < coders.Count; b++)
                {
                    var both = items.Values.Where(i => i.ContainsKey(coders[a]) && i.ContainsKey(coders[b])).ToList();
                    if (both.Count == 0) continue;
                    var pairCoders = new[] { coders[a], coders[b] };
                    double? kappa = null;
                    if (level is MeasurementLevel.Nominal or MeasurementLevel.Ordinal)
                    {
                        var pairsOfValues = both.Select(i => (i[coders[a]].Single(field.Key), i[coders[b]].Single(field.Key)))
                            .Where(p => p.Item1 is not null && p.Item2 is not null).Select(p => (p.Item1!, p.Item2!)).ToList();
                        kappa = pairsOfValues.Count > 0 ? CohenKappa.FromPairs(pairsOfValues) : null;
                    }
                    pairs.Add(new PairAgreement(coderNames[coders[a]], coderNames[coders[b]], both.Count, Alpha(field, level, both, pairCoders), kappa));
                }
            result.Add(new FieldAgreement(field.Key, field.Label, level, alpha, pairs));
        }
        return result;
    }

    private static AlphaResult Alpha(CodebookField field, MeasurementLevel level, IEnumerable<Dictionary<string, Coding>> items, IReadOnlyList<string> coders)
    {
        switch (level)
        {
            case MeasurementLevel.Nominal:
                return KrippendorffAlpha.Nominal(items.Select(i => (IReadOnlyList<string?>)coders.Select(c => i.TryGetValue(c, out var x) ? x.Single(field.Key) : null).ToArray()));
            case MeasurementLevel.Set:
                return KrippendorffAlpha.Sets(items.Select(i => (IReadOnlyList<IReadOnlyCollection<string>?>)coders
                    .Select(c => i.TryGetValue(c, out var x) ? (IReadOnlyCollection<string>)x.Many(field.Key) : null).ToArray()));
            default:
                return KrippendorffAlpha.Numeric(items.Select(i => (IReadOnlyList<double?>)coders
                    .Select(c => i.TryGetValue(c, out var x) ? Number(x.Single(field.Key)) : null).ToArray()), level);
        }
    }

    private static double? Number(string? text) =>
        double.TryParse(text?.Replace('−', '-'), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
}
