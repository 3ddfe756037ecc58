namespace Swarmscope.Investigations;

/// <summary>Every file has a format; nothing is imported yet. Skipped: files of named folders that no format recognises.</summary>
public sealed record ImportPlanned(IReadOnlyList<PlannedFile> Files, IReadOnlyList<string> Skipped) : InvestigationEvent;
