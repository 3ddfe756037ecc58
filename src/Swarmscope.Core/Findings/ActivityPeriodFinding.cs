namespace Swarmscope.Core.Findings;

/// <summary>
/// One stretch of a cluster's or template's daily activity (UTC days): active or dormant, from the change points of
/// its daily post counts. <see cref="Reactivation"/>: an active period after a dormant one (switched on again).
/// <see cref="Evidence"/>: its first posts (up to ten).
/// </summary>
public sealed record ActivityPeriodFinding
{
    /// <summary><see cref="NarrativeSubjects.Cluster"/> or <see cref="NarrativeSubjects.Template"/>.</summary>
    public required string Subject { get; init; }
    public required int SubjectId { get; init; }
    public required string Label { get; init; }
    public required bool Active { get; init; }
    public required DateOnly Start { get; init; }
    public required DateOnly End { get; init; }
    public int Days => End.DayNumber - Start.DayNumber + 1;
    public required int Posts { get; init; }
    public required double PostsPerDay { get; init; }
    public bool Reactivation { get; init; }
    public IReadOnlyList<PostReference> Evidence { get; init; } = [];
}
