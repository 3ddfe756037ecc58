namespace Swarmscope.Investigations;

/// <summary>One behaviour of a detection run: actions analysed, account pairs tested, pairs kept.</summary>
public sealed record LayerOverview(string Behaviour, long Actions, long Tested, long Kept);
