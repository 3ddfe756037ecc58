namespace Swarmscope.Investigations;

/// <summary>A file was committed (or found imported before): the files before it are done too.</summary>
public sealed record ImportFileFinished(ImportedFile File) : InvestigationEvent;
