namespace Swarmscope.Investigations;

/// <summary>Step <paramref name="Number"/> of <paramref name="Count"/> of the demo begins.</summary>
public sealed record DemoStepStarted(int Number, int Count, string Title) : InvestigationEvent;
