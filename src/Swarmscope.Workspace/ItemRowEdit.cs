namespace Swarmscope.Workspace;

/// <summary>The columns the items grid edits inline (empty platform or media type: none).</summary>
public sealed record ItemRowEdit(string Title, string? Author, DateOnly? PublishedOn, string? Platform, string? MediaType);
