namespace Swarmscope.Observatory.Agreement;

/// <summary>How values of a coded field are compared when measuring agreement (Krippendorff 2011, section E).</summary>
public enum MeasurementLevel
{
    /// <summary>Categories without order: any two different values disagree equally.</summary>
    Nominal,
    /// <summary>Ranked categories: disagreement grows with how many values (by their frequency) lie between.</summary>
    Ordinal,
    /// <summary>Numbers with meaningful differences: squared difference.</summary>
    Interval,
    /// <summary>Numbers with a true zero: squared difference relative to the sum.</summary>
    Ratio,
    /// <summary>Sets of categories (frames, themes): MASI distance (see <see cref="MasiDistance"/>).</summary>
    Set,
}
