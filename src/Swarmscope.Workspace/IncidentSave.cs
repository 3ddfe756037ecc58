using Swarmscope.Observatory.Model;

namespace Swarmscope.Workspace;

/// <summary>The incident as saved (or as it stands, when <see cref="Conflict"/> says someone saved it meanwhile).</summary>
public sealed record IncidentSave(Incident Incident, SaveConflict? Conflict);
