namespace Swarmscope.Core.Findings;

/// <summary>A stored evidence pair of one edge with both posts joined from the store: what evidence.jsonl shows.</summary>
public sealed record EvidencePair(int EdgeId, string Behaviour, string Object, long DtMs, EvidencePost A, EvidencePost B);
