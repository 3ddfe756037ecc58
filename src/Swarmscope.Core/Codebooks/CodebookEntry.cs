namespace Swarmscope.Core.Codebooks;

/// <summary>One entry of a named list (platforms, motives, themes...): a stable id and the label people see.</summary>
public sealed record CodebookEntry(string Id, string Label);
