namespace Swarmscope.Workspace;

/// <summary>The fields the item page's details form edits.</summary>
public sealed record ItemDetailsEdit(string Title, string? Url, string? Author, string? Location, string? Text, IReadOnlyList<int> IncidentIds);
