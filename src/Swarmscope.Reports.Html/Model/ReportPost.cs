namespace Swarmscope.Reports.Html;

/// <summary>A post shown as evidence. Text is hostile input and is only ever written escaped.</summary>
public sealed record ReportPost(int Account, string AccountLabel, DateTimeOffset Time, string Kind, string? Text, string? Url, string? Source);
