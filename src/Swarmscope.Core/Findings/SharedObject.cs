namespace Swarmscope.Core.Findings;

/// <summary>An object (post, URL, hashtag, text key, ...) that several members of a cluster acted on.</summary>
public readonly record struct SharedObject(string Behaviour, string Object, int Members);
