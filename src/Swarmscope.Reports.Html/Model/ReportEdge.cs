namespace Swarmscope.Reports.Html;

/// <summary>A link of the network between two report accounts; Weight is the fused weight (each behaviour ≤ 1).</summary>
public readonly record struct ReportEdge(int A, int B, double Weight);
