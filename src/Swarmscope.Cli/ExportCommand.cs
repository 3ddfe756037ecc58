using System.Globalization;
using Spectre.Console;
using Swarmscope.Core.Findings;
using Swarmscope.Reports;
using Swarmscope.Storage;

namespace Swarmscope.Cli;

public sealed class ExportCommand : ICommand
{
    public string Name => "export";
    public string Summary => "write the files of a stored detection run (CSV, JSONL evidence, GraphML, GEXF, summary)";
    public string Usage => """
        usage: swarmscope export --db FILE --out DIR [--run ID] [--evidence N] [--cluster ID ...]
          --run ID        the detection run to export (see 'swarmscope runs'); default: the latest
          --evidence N    at most N post pairs per edge in evidence.jsonl (default: all the run stored, 50 per edge
                          unless detect was given --evidence)
          --cluster ID    only this cluster, whole (members, the edges inside it, their evidence); repeat or give
                          a comma-separated list for several
        writes edges.csv, clusters.csv, evidence.jsonl, cluster_evidence.jsonl, network.graphml, network.gexf, summary.md:
        the same files 'swarmscope detect --out' wrote for the run
        example: swarmscope export --db inv.duckdb --run 3 --out findings/ --evidence 5
        """;

    public Task<int> RunAsync(CommandArgs args)
    {
        var db = args.Require("db");
        var outDir = args.Require("out");
        var perEdge = int.MaxValue;
        if (args.Has("evidence"))
        {
            perEdge = args.GetInt("evidence", 0);
            if (perEdge < 0) throw new UsageException("--evidence must be 0 or more");
        }
        HashSet<int>? clusters = null;
        foreach (var value in args.GetAll("cluster"))
        foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) throw new UsageException($"--cluster expects cluster ids (whole numbers), got '{part}'");
            (clusters ??= []).Add(id);
        }
        if (!File.Exists(db)) throw new UserFacingException($"{db}: no such investigation file (create one with 'swarmscope import <files> --db {db}')");

        using var store = InvestigationStore.Open(db);
        var run = StoredRuns.Detection(store, db, args.Has("run") ? ParseRunId(args.Get("run")) : null);
        var findings = FindingsExport.Write(store, run, outDir, perEdge, clusters);
        if (clusters is not null && clusters.Except(findings.Clusters.Select(c => c.ClusterId)).ToList() is { Count: > 0 } missing)
            throw new UserFacingException($"run {run.RunId} has no cluster {string.Join(", ", missing)} (it has {findings.Clusters.Count} of the ones asked for; see clusters.csv of a full export)");
        AnsiConsole.MarkupLine($"exported run [bold]{run.RunId}[/] ({findings.Edges.Count:N0} edges, {findings.Clusters.Count:N0} clusters) to {Markup.Escape(outDir)}: {string.Join(", ", DetectionReportWriter.Files)}");
        return Task.FromResult(0);
    }

    internal static long ParseRunId(string? value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id : throw new UsageException($"--run expects a run id (a whole number from 'swarmscope runs'), got '{value}'");
}
