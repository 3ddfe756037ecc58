namespace Swarmscope.Narratives;

/// <summary>
/// One stretch of a cluster's or template's daily activity: active or dormant, from the change points of its daily
/// post counts. <see cref="Reactivation"/> marks an active period that follows a dormant one (the farm switched on again).
/// </summary>
public sealed record ActivityPeriod(
    ActivitySubject Subject,
    int SubjectId,
    string SubjectLabel,
    bool Active,
    DateOnly Start,
    DateOnly End,
    int Posts,
    double PostsPerDay,
    bool Reactivation);

/// <summary>What an activity series belongs to.</summary>
public enum ActivitySubject
{
    Cluster,
    Template,
}
