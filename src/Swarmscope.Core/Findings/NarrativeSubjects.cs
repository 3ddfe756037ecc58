namespace Swarmscope.Core.Findings;

/// <summary>What a narratives finding is about: the names stored in `subject` and `group_kind` columns.</summary>
public static class NarrativeSubjects
{
    public const string Cluster = "cluster";
    public const string Template = "template";
}
