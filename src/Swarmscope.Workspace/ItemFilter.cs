using Swarmscope.Observatory.Model;

namespace Swarmscope.Workspace;

/// <summary>The media items grid's filters; null means no filter.</summary>
public sealed record ItemFilter(string? Text = null, int? Incident = null, string? Platform = null, ReviewState? State = null);
