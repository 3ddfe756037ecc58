namespace Swarmscope.Investigations;

/// <summary>Step <paramref name="Number"/> of the demo is done; <paramref name="SoFar"/> holds its result and those before.</summary>
public sealed record DemoStepFinished(int Number, DemoResult SoFar) : InvestigationEvent;
