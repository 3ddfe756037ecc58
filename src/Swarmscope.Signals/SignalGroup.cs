namespace Swarmscope.Signals;

/// <summary>The family a signal belongs to; evaluations can drop a whole family (e.g. popularity, which
/// trivially separates trolls from prominent verified accounts).</summary>
public enum SignalGroup : byte
{
    Identity = 0,
    Popularity,
    Handle,
    Creation,
    Rhythm,
    Behaviour,
    RecycledIdentity,
    Language,
}
