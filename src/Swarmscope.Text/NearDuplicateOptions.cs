namespace Swarmscope.Text;

/// <summary>Parameters of <see cref="NearDuplicateGrouper"/>. The defaults are justified in docs/near-duplicates.md.</summary>
public sealed record NearDuplicateOptions
{
    /// <summary>Pairs whose exact Jaccard similarity of shingle sets is at least this are near-duplicates.</summary>
    public double Threshold { get; init; } = 0.6;

    /// <summary>Two posts are compared only when their times differ by at most this many milliseconds; null = no limit.</summary>
    public long? WindowMs { get; init; } = 3_600_000;

    /// <summary>Character shingle length (over normalized text with punctuation folded to spaces).</summary>
    public int ShingleLength { get; init; } = 5;

    /// <summary>Texts with fewer words than this after normalization are excluded (group −1): short texts such as
    /// "thank you so much" are near-identical by chance and say nothing about coordination.</summary>
    public int MinTokens { get; init; } = 5;

    /// <summary>LSH bands; with <see cref="RowsPerBand"/> rows each this gives Bands × RowsPerBand MinHash functions.</summary>
    public int Bands { get; init; } = 16;

    /// <summary>MinHash values per band. 16 × 3 puts the LSH S-curve's 50% point near Jaccard 0.35, so pairs at the
    /// 0.6 threshold are found with probability 0.98 and at 0.7 with 0.9988.</summary>
    public int RowsPerBand { get; init; } = 3;

    /// <summary>Within one LSH bucket a post is compared only with this many of its most recent in-window
    /// predecessors. Bounds the work on boilerplate that thousands of posts share; groups stay connected through
    /// the chain of predecessors, but the evidence pairs of such a dense bucket are a connected subset, not all pairs.</summary>
    public int MaxBucketNeighbours { get; init; } = 16;

    /// <summary>Seed of the MinHash family; equal seeds give equal results.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Worker threads; null = all cores.</summary>
    public int? MaxDegreeOfParallelism { get; init; }
}
