namespace Swarmscope.Reports.Html;

/// <summary>An evidence pair seen from one account: its post, the other account's post, and who that is.</summary>
public sealed record ReportAccountEvidence(ReportEvidencePair Pair, int OtherAccount);
