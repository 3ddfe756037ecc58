namespace Swarmscope.Detection;

/// <summary>
/// CooRnet's idea for choosing a window from the data: among repeated actions on the same object, the time after
/// the object's first action within which a given share (e.g. 10%) of the repeats happen. A short window then
/// catches only the fastest share, which is where coordination hides.
/// </summary>
public static class WindowEstimator
{
    /// <returns>The window in milliseconds, or null when no object is acted on twice.</returns>
    public static long? Estimate(ActionTable table, double share = 0.1)
    {
        if (share is <= 0 or > 1) throw new ArgumentOutOfRangeException(nameof(share));
        var delays = new List<long>();
        for (var o = 0; o < table.ObjectCount; o++)
        {
            int s = table.ObjectStart[o], e = table.ObjectStart[o + 1];
            for (var i = s + 1; i < e; i++) delays.Add(table.Time[i] - table.Time[s]);
        }
        if (delays.Count == 0) return null;
        delays.Sort();
        var index = (int)Math.Ceiling(share * delays.Count) - 1;
        return delays[Math.Clamp(index, 0, delays.Count - 1)];
    }
}
