using Swarmscope.Core.Codebooks;
using Swarmscope.Observatory.Agreement;
using Swarmscope.Observatory.Model;

namespace Swarmscope.Observatory.Tests;

public class AgreementReportTests
{
    private static readonly double?[,] Krippendorff =
    {
        { 1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null },
        { 1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3 },
        { null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null },
        { 1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null },
    };

    [Fact]
    public void Codings_of_the_reference_data_give_the_reference_alpha_per_field()
    {
        var book = CodebookParser.Parse("""
            format: 1
            id: ref
            name: Reference
            version: 1
            lists:
              level: {"1": one, "2": two, "3": three, "4": four, "5": five}
            scale: [{value: 1, label: a}, {value: 2, label: b}, {value: 3, label: c}, {value: 4, label: d}, {value: 5, label: e}]
            fields:
              - {key: kind, label: Kind, type: choice, list: level}
              - {key: impact, label: Impact, type: scale}
              - {key: reach, label: Reach, type: number}
              - {key: views, label: Views, type: count}
              - {key: frames, label: Frames, type: frames}
              - {key: note, label: Note, type: text}
            """);
        var codings = new List<Coding>();
        for (var coder = 0; coder < 4; coder++)
            for (var unit = 0; unit < 12; unit++)
            {
                if (Krippendorff[coder, unit] is not { } v) continue;
                var s = v.ToString(System.Globalization.CultureInfo.InvariantCulture);
                codings.Add(new Coding
                {
                    MediaItemId = unit, CoderId = "c" + coder, CoderName = "Coder " + coder, SubmittedAt = DateTimeOffset.UnixEpoch,
                    State = ReviewState.Submitted,
                    Values = new() { ["kind"] = [s], ["impact"] = [s], ["reach"] = [s], ["views"] = [s], ["frames"] = ["f" + s] },
                });
            }
        codings.Add(new Coding { MediaItemId = 99, CoderId = "c0", CoderName = "Coder 0", Values = new() { ["kind"] = ["1"] } });   // a draft: not counted
        var report = AgreementReport.Compute(book, codings).ToDictionary(f => f.Field);
        Assert.Equal(0.743, Math.Round(report["kind"].Alpha.Value!.Value, 3));
        Assert.Equal(0.815, Math.Round(report["impact"].Alpha.Value!.Value, 3));
        Assert.Equal(0.849, Math.Round(report["reach"].Alpha.Value!.Value, 3));
        Assert.Equal(0.797, Math.Round(report["views"].Alpha.Value!.Value, 3));
        Assert.Equal(0.743, Math.Round(report["frames"].Alpha.Value!.Value, 3));
        Assert.False(report.ContainsKey("note"));
        Assert.Equal(6, report["kind"].Pairs.Count);
        Assert.All(report["kind"].Pairs, p => Assert.NotNull(p.Kappa));
        Assert.All(report["frames"].Pairs, p => Assert.Null(p.Kappa));
    }
}
