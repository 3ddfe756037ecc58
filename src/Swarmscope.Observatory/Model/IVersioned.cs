namespace Swarmscope.Observatory.Model;

/// <summary>A record edited by several people: <see cref="Version"/> goes up by one on every save, so a save made from
/// an older version is detected (optimistic concurrency) instead of silently overwriting the newer one.</summary>
public interface IVersioned
{
    int Version { get; set; }
}
