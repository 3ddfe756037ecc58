namespace Swarmscope.Investigations;

/// <summary>The newcomer's first run, in a folder: DIR/sample, DIR/demo.duckdb (recreated), DIR/findings, DIR/accounts.csv, DIR/report.html.</summary>
public sealed record DemoRequest(string OutFolder)
{
    public string Database => Path.Combine(Path.GetFullPath(OutFolder), "demo.duckdb");
    public string SampleFolder => Path.Combine(Path.GetFullPath(OutFolder), "sample");
    public string Findings => Path.Combine(Path.GetFullPath(OutFolder), "findings");
    public string AccountsCsv => Path.Combine(Path.GetFullPath(OutFolder), "accounts.csv");
    public string ReportFile => Path.Combine(Path.GetFullPath(OutFolder), "report.html");
}
