namespace Swarmscope.Investigations;

/// <summary>A sentence for the user while a job runs: information (an estimated window) or a warning (coarse timestamps).</summary>
public sealed record Notice(NoticeLevel Level, string Text) : InvestigationEvent;
