namespace Swarmscope.Reports.Html;

/// <summary>Two posts on the same object within the window: the unit of evidence. Posts are report post indices.</summary>
public sealed record ReportEvidencePair(string Behaviour, string Object, double DtSeconds, int PostA, int PostB);
