using Swarmscope.Signals;

namespace Swarmscope.Investigations;

/// <summary>Trains a logistic account model from labels against the store's accounts (read-only) and saves it atomically.</summary>
public sealed class TrainModel : IUseCase<TrainRequest, TrainResult>
{
    public TrainResult Run(TrainRequest request, IProgress<InvestigationEvent>? events = null, CancellationToken cancellationToken = default)
    {
        OutputRule.RefuseTarget(request.OutFile, "model file", request.Database, [request.LabelsFile]);
        if (request.Folds < 2) throw new RequestException("folds must be at least 2");
        var excluded = request.Exclude.ToList();
        foreach (var e in excluded)
            if (SignalCatalog.IndexOf(e) < 0) throw new RequestException(Messages.UnknownSignal(e, string.Join(", ", SignalChoices.Names)));
        if (!File.Exists(request.LabelsFile)) throw new InvestigationException(Messages.NoSuchFile(request.LabelsFile, "labels file"));
        if (request.PhotoFolder is { } photos && !Directory.Exists(photos)) throw new InvestigationException(Messages.NoSuchFolder(photos, "profile photos"));

        SignalTable table;
        using (var store = Stores.OpenForReading(request.Database))
            table = new SignalExtractor(new SignalOptions
            {
                TimeZone = request.TimeZone ?? TimeZoneInfo.Utc, PhotoFolder = request.PhotoFolder,
                OnWarning = text => events?.Report(new Notice(NoticeLevel.Warning, text)),
            })
                .Extract(store.ReadAccounts(), store.ReadPosts());
        cancellationToken.ThrowIfCancellationRequested();

        var (rows, labels, unmatched) = ReadLabels(request.LabelsFile, table);
        var positives = labels.Count(l => l == 1);
        var negatives = labels.Count - positives;
        if (positives < 2 || negatives < 2)
            throw new InvestigationException(Messages.LabelsTooFew(request.LabelsFile, positives, negatives, unmatched, request.Database));
        var folds = Math.Min(request.Folds, Math.Min(positives, negatives));
        // A signal known for one class far more often than the other teaches the model the data source, not inauthenticity.
        var leaks = SignalsEvaluation.MissingnessLeaks(table, rows, labels, 0.5).Where(l => !excluded.Contains(l, StringComparer.OrdinalIgnoreCase)).ToList();
        if (leaks.Count > 0)
        {
            events?.Report(new Notice(NoticeLevel.Information, Messages.LeakySignalsLeftOut(string.Join(", ", leaks))));
            excluded.AddRange(leaks);
        }

        var selected = rows.Select(r => table.Accounts[r]).ToList();
        var oof = CrossValidation.OutOfFoldScores(selected, labels, folds, request.Seed, excluded);
        var auc = RankMetrics.RocAuc(oof, labels);
        var k = Math.Min(100, positives);
        var pAtK = RankMetrics.PrecisionAtK(oof, labels, k);
        var model = LogisticModel.Train(selected, labels, excluded);
        cancellationToken.ThrowIfCancellationRequested();
        AtomicFile.WriteText(request.OutFile, w => w.Write(model.ToJson()));

        var strongest = model.Features.OrderByDescending(f => Math.Abs(f.Weight)).Take(5).Select(f => new SignalWeight(f.Name, f.Weight)).ToList();
        return new TrainResult(positives, negatives, unmatched, folds, request.Seed, auc, k, pAtK, model.Features.Count, strongest, leaks, request.OutFile);
    }

    private static (List<int> Rows, List<int> Labels, int Unmatched) ReadLabels(string path, SignalTable table)
    {
        var lookup = table.BuildKeyLookup();
        var rows = new List<int>();
        var labels = new List<int>();
        var seen = new HashSet<int>();
        var unmatched = 0;
        try
        {
            using var reader = new StreamReader(path);
            var first = true;
            foreach (var (line, f) in CsvText.Read(reader))
            {
                if (f.Count == 1 && f[0].Trim().Length == 0) continue;
                if (f.Count < 2) throw new InvestigationException(Messages.LabelFieldCount(path, line, f.Count));
                var key = f[0].Trim().TrimStart('@');
                var labelText = f[1].Trim();
                if (first)
                {
                    first = false;
                    if (labelText is not ("0" or "1")) continue; // a header row
                }
                if (labelText is not ("0" or "1")) throw new InvestigationException(Messages.LabelValue(path, line, labelText));
                if (!lookup.TryGetValue(key, out var row)) { unmatched++; continue; }
                if (!seen.Add(row)) continue;
                rows.Add(row);
                labels.Add(labelText == "1" ? 1 : 0);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvestigationException(Messages.CannotRead(path, e.Message), e);
        }
        return (rows, labels, unmatched);
    }
}
