namespace Swarmscope.Detection;

/// <summary>Settings of one detection run. Defaults are the documented defaults of `swarmscope detect`.</summary>
public sealed class DetectionOptions
{
    public IReadOnlyList<Behaviour> Behaviours { get; set; } = BehaviourNames.Defaults;
    /// <summary>
    /// Default 10 minutes: the null model prices the window in (q_o), so a wide window costs little precision and
    /// keeps power against farms that spread a push over minutes rather than seconds.
    /// </summary>
    public long WindowMs { get; set; } = 600_000;
    /// <summary>Optional faster second window (&lt; 0 = none); counted per edge as FastWeight.</summary>
    public long FastWindowMs { get; set; } = -1;
    /// <summary>Accounts with fewer actions than this on a behaviour are dropped from that behaviour first.</summary>
    public int MinParticipation { get; set; } = 2;
    /// <summary>
    /// Tolerated expected share of falsely flagged accounts (Benjamini–Hochberg over all account pairs of all layers,
    /// at an edge-level rate tightened to α·accounts/(2·edges)). 1 = significance filter off.
    /// </summary>
    public double Alpha { get; set; } = 0.01;
    /// <summary>Additional fixed filter: keep layer edges with at least this many distinct shared objects.</summary>
    public int MinWeight { get; set; } = 1;
    /// <summary>Additional percentile filter (0–100): keep layer edges whose weight is at or above this percentile of the layer.</summary>
    public double? Percentile { get; set; }
    public int Seed { get; set; } = 1;
    public double Resolution { get; set; } = 1.0;
    public TimeZoneInfo TimeZone { get; set; } = TimeZoneInfo.Utc;
    /// <summary>Evidence items kept per edge (the total count is always reported).</summary>
    public int EvidencePerEdge { get; set; } = 50;
    /// <summary>
    /// Computes the near-duplicate template group of every post (−1 = none); null leaves that layer empty.
    /// Default: MinHash/LSH <see cref="Swarmscope.Text.NearDuplicateGrouper"/> over authored texts (reposts carry someone else's text).
    /// </summary>
    public Func<PostCorpus, int[]>? NearDuplicateGroups { get; set; } = DefaultNearDuplicateGroups;

    public static int[] DefaultNearDuplicateGroups(PostCorpus corpus)
    {
        var texts = new string?[corpus.Posts.Length];
        var times = new long[corpus.Posts.Length];
        for (var i = 0; i < texts.Length; i++)
        {
            var p = corpus.Posts[i];
            texts[i] = p.Kind is Core.PostKind.Repost or Core.PostKind.Forward ? null : p.Text;
            times[i] = p.Time.UnixMilliseconds;
        }
        return Swarmscope.Text.NearDuplicateGrouper.Group(texts, times).GroupOfPost;
    }
    /// <summary>
    /// Template families of every post over the whole period (−1 = none) for <see cref="TemplatePoolTest"/>; null = the
    /// default (<see cref="TemplatePoolTest.Families"/>: near-duplicates with no time window).
    /// </summary>
    public Func<PostCorpus, int[]>? TemplateFamilies { get; set; }

    /// <summary>The template-pool test's burst: a post counts when another account posted from the same pool within this many milliseconds.</summary>
    public long PoolWindowMs { get; set; } = TemplatePoolTest.DefaultWindowMs;

    public int Threads { get; set; }
}
