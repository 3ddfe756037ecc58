namespace Swarmscope.Core.Codebooks;

/// <summary>One thing a coder records about an item. <see cref="List"/> names the list of a Choice/Choices field.</summary>
public sealed record CodebookField(string Key, string Label, CodebookFieldType Type, string? List, string? Guidance);
