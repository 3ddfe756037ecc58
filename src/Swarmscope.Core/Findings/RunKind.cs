namespace Swarmscope.Core.Findings;

/// <summary>The kinds of analysis run the store records (the `runs.kind` column).</summary>
public static class RunKind
{
    public const string Detection = "detect";
    public const string Score = "score";
}
