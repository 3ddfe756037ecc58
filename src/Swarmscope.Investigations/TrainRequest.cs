namespace Swarmscope.Investigations;

/// <summary>
/// Train a supervised account model from labels: a CSV 'account,label' (account = id or handle; label 1 =
/// inauthentic, 0 = not), cross-validated, saved as JSON for <see cref="ScoreRequest.ModelFile"/>.
/// </summary>
public sealed record TrainRequest
{
    public required string LabelsFile { get; init; }
    public required string Database { get; init; }
    public required string OutFile { get; init; }
    public TimeZoneInfo? TimeZone { get; init; }
    public int Folds { get; init; } = 5;
    public int Seed { get; init; } = 20221;
    /// <summary>Signals left out of the model (see <see cref="SignalChoices.Names"/>).</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];
    public string? PhotoFolder { get; init; }
}
