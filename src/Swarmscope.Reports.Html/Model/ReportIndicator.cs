namespace Swarmscope.Reports.Html;

/// <summary>
/// One behaviour that holds for a cluster: how many member pairs are linked by it, how many objects they shared, how
/// fast, against how many coincidences the null model expected, and the strongest q-value.
/// </summary>
public sealed record ReportIndicator(string Behaviour, int Links, long SharedObjects, double Expected, double? MedianDtSeconds, double MinQValue);
