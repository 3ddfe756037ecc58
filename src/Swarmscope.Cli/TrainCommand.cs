using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Swarmscope.Investigations;

namespace Swarmscope.Cli;

/// <summary>`swarmscope train`: the <see cref="TrainModel"/> use case and its cross-validated figures.</summary>
public sealed class TrainCommand : Command<TrainCommand.Settings>
{
    public sealed class Settings : OutputSettings
    {
        [CommandOption("--labels <FILE>")]
        [Description("CSV 'account,label' (account = id or handle; label 1 = inauthentic, 0 = not)")]
        public string? Labels { get; init; }

        [CommandOption("--db <FILE>")]
        [Description("the investigation file (DuckDB); opened read-only")]
        public string? Database { get; init; }

        [CommandOption("--out <FILE>")]
        [Description("where the model (JSON) goes")]
        public string? Out { get; init; }

        [CommandOption("--timezone <ZONE>")]
        [Description("zone for office-hours and rhythm signals (default UTC)")]
        public string? TimeZone { get; init; }

        [CommandOption("--folds <N>")]
        [Description("cross-validation folds, at least 2 (default 5)")]
        public int? Folds { get; init; }

        [CommandOption("--seed <N>")]
        [Description("fold assignment seed (default 20221)")]
        public int? Seed { get; init; }

        [CommandOption("--exclude <LIST>")]
        [Description("comma-separated signals left out of the model")]
        public string? Exclude { get; init; }

        [CommandOption("--photos <DIR>")]
        [Description("folder of profile photos, for the recycled-photo signal")]
        public string? Photos { get; init; }

        public override ValidationResult Validate() => Checks.All(
            Checks.Required(Labels, "--labels", "the labels CSV, e.g. --labels labels.csv"),
            Checks.Required(Database, "--db", "the investigation file, e.g. --db inv.duckdb"),
            Checks.Required(Out, "--out", "where the model goes, e.g. --out model.json"),
            Checks.TimeZone(TimeZone),
            Checks.AtLeast(Folds, 2, "--folds"),
            Checks.List(Exclude).FirstOrDefault(s => !SignalChoices.IsSignal(s)) is { } unknown
                ? ValidationResult.Error("--exclude: " + Messages.UnknownSignal(unknown, string.Join(", ", SignalChoices.Names)))
                : ValidationResult.Success());
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var request = new TrainRequest
        {
            LabelsFile = settings.Labels!,
            Database = settings.Database!,
            OutFile = settings.Out!,
            TimeZone = Checks.Zone(settings.TimeZone),
            Folds = settings.Folds ?? 5,
            Seed = settings.Seed ?? 20221,
            Exclude = Checks.List(settings.Exclude),
            PhotoFolder = settings.Photos,
        };
        var r = new TrainModel().Run(request, new CliEvents(settings.Quiet), cancellationToken);
        if (settings.Json) { CliJson.Write(r); return CliApp.Success; }
        if (settings.Quiet) return CliApp.Success;
        var ci = CultureInfo.InvariantCulture;
        Terminal.Line(string.Create(ci, $"labels: {r.Positives} inauthentic, {r.Negatives} not ({r.Unmatched} labels not matched to an account)"));
        Terminal.Line(string.Create(ci, $"cross-validated ROC AUC: {r.RocAuc:0.000} ({r.Folds}-fold stratified, seed {r.Seed})"));
        Terminal.Line(string.Create(ci, $"cross-validated precision at top {r.K}: {r.PrecisionAtK:0.00}"));
        Terminal.Line($"model ({r.Signals} signals) → {r.OutFile}; use it with: swarmscope score --db {request.Database} --out accounts.csv --model {r.OutFile}");
        Terminal.Line($"strongest weights (per robust standard deviation): {string.Join(", ", r.StrongestWeights.Select(w => string.Create(ci, $"{w.Signal} {w.Weight:+0.00;-0.00}")))}");
        return CliApp.Success;
    }
}
