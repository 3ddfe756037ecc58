namespace Swarmscope.Workspace;

/// <summary>An incident's fields as a form sets them (motives, methods, responses: ids of the codebook's lists).</summary>
public sealed record IncidentFields(
    string Title, DateOnly? StartDate, DateOnly? EndDate, string? Country, string? Description, string? Dimension,
    IReadOnlyList<string> Motives, IReadOnlyList<string> Methods, IReadOnlyList<string> Responses);
