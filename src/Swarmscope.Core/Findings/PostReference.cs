namespace Swarmscope.Core.Findings;

/// <summary>A stored post, by the key that is unique in the posts table: platform and the platform's post id.</summary>
public readonly record struct PostReference(Platform Platform, string PostId);
