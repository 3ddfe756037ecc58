namespace Swarmscope.Investigations;

/// <summary>
/// The newcomer's first run: write the bundled sample, import it into a fresh store, count, detect, score, report. It runs
/// the same use cases a user would, so what a newcomer sees is what they get on their own data.
/// </summary>
public sealed class RunDemo : IUseCase<DemoRequest, DemoResult>
{
    public static readonly IReadOnlyList<string> Steps =
    [
        "Write the bundled sample",
        "Import it into a fresh investigation",
        "Show what is in the investigation",
        "Find coordinated groups, with evidence",
        "Score accounts for signs of inauthenticity",
        "Write the investigation report",
    ];

    public DemoResult Run(DemoRequest request, IProgress<InvestigationEvent>? events = null, CancellationToken cancellationToken = default)
    {
        OutputRule.RefuseFolder(request.OutFolder, "demo folder", null, []);
        var result = new DemoResult(request);
        for (var i = 0; i < Steps.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            events?.Report(new DemoStepStarted(i + 1, Steps.Count, Steps[i]));
            result = i switch
            {
                0 => WriteSample(result),
                1 => result with { Import = Import(request, result.SampleFiles, events, cancellationToken) },
                2 => result with { Statistics = new ReadStatistics().Run(new StatisticsRequest(request.Database), events, cancellationToken) },
                3 => result with { Detection = new DetectCoordination().Run(new DetectRequest { Database = request.Database, OutFolder = request.Findings }, events, cancellationToken) },
                4 => result with
                {
                    // The clusters of the detection run just stored (score's default).
                    Scores = new ScoreAccounts().Run(new ScoreRequest { Database = request.Database, OutFile = request.AccountsCsv }, events, cancellationToken),
                },
                _ => result with { Report = new BuildReport().Run(new ReportRequest { Database = request.Database, OutFile = request.ReportFile }, events, cancellationToken) },
            };
            events?.Report(new DemoStepFinished(i + 1, result));
        }
        return result;
    }

    private static DemoResult WriteSample(DemoResult result)
    {
        var folder = result.Request.SampleFolder;
        IReadOnlyList<string> names = [];
        AtomicFolder.Write(folder, temp => names = [.. DemoSample.Write(temp).Select(Path.GetFileName).OfType<string>()]);
        return result with { SampleFiles = [.. names.Select(n => Path.Combine(folder, n))], FarmAccounts = DemoSample.FarmAccounts };
    }

    private static ImportResult Import(DemoRequest request, IReadOnlyList<string> files, IProgress<InvestigationEvent>? events, CancellationToken cancellationToken)
    {
        foreach (var f in new[] { request.Database, request.Database + ".wal" })
        {
            try { if (File.Exists(f)) File.Delete(f); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new InvestigationException(Messages.CannotWrite(f, e.Message), e); }
        }
        return new ImportFiles().Run(new ImportRequest { Paths = files, Database = request.Database }, events, cancellationToken);
    }
}
