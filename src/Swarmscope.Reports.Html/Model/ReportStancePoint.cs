namespace Swarmscope.Reports.Html;

/// <summary>Posts of one stance (e.g. "promotes X", "attacks X") in one period, for a stance-over-time chart.</summary>
public sealed record ReportStancePoint(DateOnly PeriodStart, string Stance, int Posts);
