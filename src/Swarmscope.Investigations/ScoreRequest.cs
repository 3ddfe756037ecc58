namespace Swarmscope.Investigations;

/// <summary>Score every account of a store for signs of inauthenticity, with reasons.</summary>
public sealed record ScoreRequest
{
    public required string Database { get; init; }
    /// <summary>CSV of every account's score and reasons, best-scored first; null writes none.</summary>
    public string? OutFile { get; init; }
    /// <summary>Zone for office-hours and rhythm signals (default UTC).</summary>
    public TimeZoneInfo? TimeZone { get; init; }
    public ScoringMethod Method { get; init; } = ScoringMethod.Robust;
    /// <summary>Seed of the isolation forest.</summary>
    public int Seed { get; init; } = 20221;
    /// <summary>A model trained by <see cref="TrainModel"/>; when given, it scores and the unsupervised score is kept beside it.</summary>
    public string? ModelFile { get; init; }
    /// <summary>
    /// Where the clusters come from (members get the coordination signal, clusters a farm likelihood). By default the
    /// latest detection run stored in the investigation (none stored: no clusters); at most one of
    /// <see cref="DetectionRunId"/>, <see cref="ClustersFile"/> and <see cref="NoClusters"/> chooses otherwise.
    /// </summary>
    public long? DetectionRunId { get; init; }
    /// <summary>clusters.csv of a detection run made elsewhere.</summary>
    public string? ClustersFile { get; init; }
    /// <summary>Score without clusters.</summary>
    public bool NoClusters { get; init; }
    /// <summary>Where the farm likelihoods go when there are clusters (default farms.csv beside <see cref="OutFile"/>).</summary>
    public string? FarmsFile { get; init; }
    /// <summary>Folder of profile photos, for the recycled-photo signal.</summary>
    public string? PhotoFolder { get; init; }
    public string? NearDuplicatesFile { get; init; }
    public string? BurstsFile { get; init; }
}
