namespace Swarmscope.Signals;

/// <summary>A score for one account (higher = more likely inauthentic) with the signals that drove it, largest first.</summary>
public sealed record AccountScore(AccountSignals Account, double Score, IReadOnlyList<ScoreReason> Reasons)
{
    /// <summary>The top reasons joined for a CSV cell or a console line.</summary>
    public string ReasonText(int max = 3)
    {
        var parts = new List<string>(max);
        foreach (var r in Reasons)
        {
            if (parts.Count == max) break;
            parts.Add(r.Text);
        }
        return string.Join("; ", parts);
    }
}
