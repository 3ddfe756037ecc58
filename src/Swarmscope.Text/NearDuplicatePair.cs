namespace Swarmscope.Text;

/// <summary>Evidence that posts <see cref="A"/> &lt; <see cref="B"/> (indices into the input) are near-duplicates.</summary>
public readonly record struct NearDuplicatePair(int A, int B, double Jaccard);
