namespace Swarmscope.Investigations;

/// <summary>Something a running use case tells its front end: progress, a warning, a step begun. Subtypes say what.</summary>
public abstract record InvestigationEvent;
