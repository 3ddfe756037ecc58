namespace Swarmscope.Investigations;

/// <summary>
/// One coordinated cluster as a front end shows it. Members are account labels (handle, else id), strongest first;
/// behaviours by how many internal edges show them. Texts come from the data: make them safe where they are shown.
/// </summary>
public sealed record ClusterOverview(
    int Id, int Size, double Density, IReadOnlyList<string> Behaviours, DateTimeOffset? FirstPost, DateTimeOffset? LastPost,
    string? TopObject, int TopObjectMembers, IReadOnlyList<string> Members);
