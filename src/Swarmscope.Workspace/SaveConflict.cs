namespace Swarmscope.Workspace;

/// <summary>A save refused because someone else saved the record since it was opened: who, when, and each field
/// whose saved value differs from what this person tried to save.</summary>
public sealed record SaveConflict(string? ChangedBy, DateTimeOffset? ChangedAt, int CurrentVersion, IReadOnlyList<FieldDifference> Differences);

public sealed record FieldDifference(string Field, string? Theirs, string? Yours);
