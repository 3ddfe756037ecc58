namespace Swarmscope.Reports.Html;

/// <summary>The significance filter of a detection run: account-level α, the edge-level FDR it implied, the window.</summary>
public sealed record ReportSignificance(double Alpha, double EdgeAlpha, double WindowSeconds, int MinParticipation);
