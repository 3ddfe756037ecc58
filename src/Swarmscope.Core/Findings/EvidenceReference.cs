namespace Swarmscope.Core.Findings;

/// <summary>
/// One pair of posts behind an edge, as stored: the behaviour, the shared object, the two posts' ids (post A is
/// account A's) and the time between them. Texts are not copied: exports join them from the posts table.
/// </summary>
public readonly record struct EvidenceReference(string Behaviour, string Object, string PostA, string PostB, long DtMs);
