using System.Globalization;
using Spectre.Console;
using Swarmscope.Signals;
using Swarmscope.Storage;

namespace Swarmscope.Cli;

public sealed class TrainCommand : ICommand
{
    public string Name => "train";
    public string Summary => "train a supervised account model from labels";
    public string Usage => "usage: swarmscope train --labels FILE --db FILE --out MODEL [--timezone Asia/Almaty] [--folds 5] [--seed N] [--exclude signal,signal] [--photos DIR]\n" +
                           "  labels FILE: CSV 'account,label' (account = id or handle; label 1 = inauthentic, 0 = not)";

    public Task<int> RunAsync(CommandArgs args)
    {
        var labelsPath = args.Require("labels");
        var db = args.Require("db");
        var outPath = args.Require("out");
        var zone = ScoreCommand.ParseZone(args.Get("timezone"));
        var folds = args.GetInt("folds", 5);
        var seed = args.GetInt("seed", 20221);
        if (folds < 2) throw new UsageException("--folds must be at least 2");
        var excluded = (args.Get("exclude") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        foreach (var e in excluded)
            if (SignalCatalog.IndexOf(e) < 0) throw new UsageException($"--exclude: no signal named '{e}' (signals: {string.Join(", ", SignalCatalog.All.Select(d => d.Name))})");
        if (!File.Exists(labelsPath)) throw new UserFacingException($"{labelsPath}: no such labels file");
        if (!File.Exists(db)) throw new UserFacingException($"{db}: no such investigation file (create one with 'swarmscope import')");

        SignalTable table;
        using (var store = InvestigationStore.Open(db))
            table = new SignalExtractor(new SignalOptions { TimeZone = zone, PhotoFolder = args.Get("photos") }).Extract(store.ReadAccounts(), store.ReadPosts());

        var (rows, labels, unmatched) = ReadLabels(labelsPath, table);
        var positives = labels.Count(l => l == 1);
        var negatives = labels.Count - positives;
        if (positives < 2 || negatives < 2)
            throw new UserFacingException($"{labelsPath}: need at least 2 accounts of each class that are in the investigation; matched {positives} labelled 1 and {negatives} labelled 0 ({unmatched} labels name accounts not in {db})");
        folds = Math.Min(folds, Math.Min(positives, negatives));
        // A signal known for one class far more often than the other teaches the model the data source, not inauthenticity.
        var leaks = SignalsEvaluation.MissingnessLeaks(table, rows, labels, 0.5).Where(l => !excluded.Contains(l, StringComparer.OrdinalIgnoreCase)).ToList();
        if (leaks.Count > 0)
        {
            AnsiConsole.WriteLine($"left out (known for one class far more often than for the other): {string.Join(", ", leaks)}");
            excluded.AddRange(leaks);
        }

        var selected = rows.Select(r => table.Accounts[r]).ToList();
        var oof = CrossValidation.OutOfFoldScores(selected, labels, folds, seed, excluded);
        var auc = RankMetrics.RocAuc(oof, labels);
        var k = Math.Min(100, positives);
        var pAtK = RankMetrics.PrecisionAtK(oof, labels, k);
        var model = LogisticModel.Train(selected, labels, excluded);
        var full = Path.GetFullPath(outPath);
        if (!Directory.Exists(Path.GetDirectoryName(full))) throw new UserFacingException($"{outPath}: folder does not exist");
        model.Save(full);

        var ci = CultureInfo.InvariantCulture;
        AnsiConsole.WriteLine(string.Create(ci, $"labels: {positives} inauthentic, {negatives} not ({unmatched} labels not matched to an account)"));
        AnsiConsole.WriteLine(string.Create(ci, $"cross-validated ROC AUC: {auc:0.000} ({folds}-fold stratified, seed {seed})"));
        AnsiConsole.WriteLine(string.Create(ci, $"cross-validated precision at top {k}: {pAtK:0.00}"));
        AnsiConsole.WriteLine($"model ({model.Features.Count} signals) → {outPath}; use it with: swarmscope score --db {db} --out accounts.csv --model {outPath}");
        var strongest = model.Features.OrderByDescending(f => Math.Abs(f.Weight)).Take(5)
            .Select(f => string.Create(ci, $"{f.Name} {f.Weight:+0.00;-0.00}"));
        AnsiConsole.WriteLine($"strongest weights (per robust standard deviation): {string.Join(", ", strongest)}");
        return Task.FromResult(0);
    }

    private static (List<int> Rows, List<int> Labels, int Unmatched) ReadLabels(string path, SignalTable table)
    {
        var lookup = table.BuildKeyLookup();
        var rows = new List<int>();
        var labels = new List<int>();
        var seen = new HashSet<int>();
        var unmatched = 0;
        using var reader = new StreamReader(path);
        var first = true;
        foreach (var (line, f) in CsvText.Read(reader))
        {
            if (f.Count == 1 && f[0].Trim().Length == 0) continue;
            if (f.Count < 2) throw new UserFacingException($"{path}:{line}: expected 'account,label', got {f.Count} field(s)");
            var key = f[0].Trim().TrimStart('@');
            var labelText = f[1].Trim();
            if (first)
            {
                first = false;
                if (labelText is not ("0" or "1")) continue; // a header row
            }
            if (labelText is not ("0" or "1")) throw new UserFacingException($"{path}:{line}: field 'label' must be 0 or 1 (1 = inauthentic), got '{labelText}'");
            if (!lookup.TryGetValue(key, out var row)) { unmatched++; continue; }
            if (!seen.Add(row)) continue;
            rows.Add(row);
            labels.Add(labelText == "1" ? 1 : 0);
        }
        return (rows, labels, unmatched);
    }
}
