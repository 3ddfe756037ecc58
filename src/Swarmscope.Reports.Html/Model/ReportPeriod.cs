namespace Swarmscope.Reports.Html;

/// <summary>A stretch of time in which a cluster was active or dormant.</summary>
public sealed record ReportPeriod(DateTimeOffset Start, DateTimeOffset End, bool Active, long Posts);
