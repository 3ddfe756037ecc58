using Swarmscope.Observatory.Model;

namespace Swarmscope.Workspace;

/// <summary>Codings waiting for review or publication (a coder's own only), with their items' titles.</summary>
public sealed record ReviewQueue(IReadOnlyList<Coding> Codings, IReadOnlyDictionary<int, string> Titles);
