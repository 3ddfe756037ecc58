namespace Swarmscope.Core.Codebooks;

/// <summary>An example text of a frame in one language: guidance for coders, a test case for matching.</summary>
public sealed record FrameExample(string Lang, string Text);
