namespace Swarmscope.Reports.Html;

/// <summary>One stored analysis run and the settings it ran with.</summary>
public sealed record ReportRun(string Id, string Kind, DateTimeOffset? CreatedAt, IReadOnlyList<(string Name, string Value)> Settings, string? Summary = null);
