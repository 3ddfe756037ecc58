using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Swarmscope.Investigations;

namespace Swarmscope.Cli;

/// <summary>`swarmscope export`: the <see cref="ExportRun"/> use case. The store is opened read-only.</summary>
public sealed class ExportCommand : Command<ExportCommand.Settings>
{
    public sealed class Settings : OutputSettings
    {
        [CommandOption("--db <FILE>")]
        [Description("the investigation file (DuckDB); opened read-only")]
        public string? Database { get; init; }

        [CommandOption("--out <DIR>")]
        [Description("folder for edges.csv, clusters.csv, evidence.jsonl, cluster_evidence.jsonl, network.graphml, network.gexf, summary.md")]
        public string? Out { get; init; }

        [CommandOption("--run <ID>")]
        [Description("the detection run to export (see 'swarmscope runs'); default: the latest")]
        public long? Run { get; init; }

        [CommandOption("--evidence <N>")]
        [Description("at most N post pairs per edge in evidence.jsonl (default: all the run stored, 50 per edge unless detect was given --evidence)")]
        public int? Evidence { get; init; }

        [CommandOption("--cluster <ID>")]
        [Description("only this cluster, whole: its members, the edges inside it and their evidence. Repeat, or give a comma-separated list, for several")]
        public string[]? Clusters { get; init; }

        public override ValidationResult Validate() => Checks.All(
            Checks.Required(Database, "--db", "the investigation file to export from, e.g. --db inv.duckdb"),
            Checks.Required(Out, "--out", "the folder to write the files into, e.g. --out findings"),
            Checks.AtLeast(Run, 1, "--run"),
            Checks.AtLeast(Evidence, 0, "--evidence"),
            ClusterIds(Clusters, out _) is { } bad
                ? ValidationResult.Error($"--cluster expects cluster ids (whole numbers, e.g. --cluster 0 or --cluster 0,3), got '{bad}'")
                : ValidationResult.Success());

        /// <summary>The ids of every --cluster value (each may be a comma-separated list); returns the first part that is not an id.</summary>
        internal static string? ClusterIds(string[]? values, out List<int>? ids)
        {
            ids = null;
            foreach (var value in values ?? [])
            {
                var parts = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (parts.Length == 0) return value;
                foreach (var part in parts)
                {
                    if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return part;
                    (ids ??= []).Add(id);
                }
            }
            return null;
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        Settings.ClusterIds(settings.Clusters, out var clusters);
        var result = new ExportRun().Run(new ExportRequest
        {
            Database = settings.Database!, OutFolder = settings.Out!, RunId = settings.Run, EvidencePerEdge = settings.Evidence, Clusters = clusters,
        }, new CliEvents(settings.Quiet), cancellationToken);
        if (settings.Json) CliJson.Write(result);
        else if (!settings.Quiet)
            Terminal.Out.MarkupLine($"exported run [bold]{result.RunId}[/] ({result.Edges:N0} edges, {result.Clusters:N0} clusters) to " +
                                    $"{Markup.Escape(TerminalText.Safe(result.OutFolder))}: {string.Join(", ", result.Files)}");
        return CliApp.Success;
    }
}
