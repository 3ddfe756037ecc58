using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Swarmscope.Core.Findings;
using Swarmscope.Storage;

namespace Swarmscope.Cli;

public sealed class RunsCommand : ICommand
{
    public string Name => "runs";
    public string Summary => "list the analysis runs stored in an investigation";
    public string Usage => """
        usage: swarmscope runs --db FILE [--json]
          --json   one JSON array: run_id, kind, status, started_at, finished_at, tool_version, input_posts,
                   input_accounts, source_run_id, settings, summary
        example: swarmscope runs --db inv.duckdb
        """;
    public IReadOnlyCollection<string> Flags => ["json"];

    public Task<int> RunAsync(CommandArgs args)
    {
        var db = args.Require("db");
        if (!File.Exists(db)) throw new UserFacingException($"{db}: no such investigation file (create one with 'swarmscope import <files> --db {db}')");
        IReadOnlyList<AnalysisRun> runs;
        using (var store = InvestigationStore.Open(db)) runs = store.Runs();
        if (args.Flag("json")) { CliOutput.Raw(ToJson(runs)); return Task.FromResult(0); }
        if (runs.Count == 0)
        {
            AnsiConsole.MarkupLine($"no runs stored in {Markup.Escape(db)} yet (run 'swarmscope detect --db {Markup.Escape(db)}')");
            return Task.FromResult(0);
        }
        var table = new Table().AddColumns("run", "kind", "status", "started (UTC)", "seconds", "posts", "accounts", "found", "uses run");
        foreach (var r in runs)
            table.AddRow(r.RunId.ToString(CultureInfo.InvariantCulture), r.Kind, r.Status, r.StartedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                (r.FinishedAt - r.StartedAt).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture), r.InputPosts.ToString("N0", CultureInfo.InvariantCulture),
                r.InputAccounts.ToString("N0", CultureInfo.InvariantCulture), Markup.Escape(Found(r)), r.SourceRunId?.ToString(CultureInfo.InvariantCulture) ?? "");
        AnsiConsole.Write(table);
        return Task.FromResult(0);
    }

    /// <summary>A few words from the run's summary JSON: "17,062 edges, 1,589 accounts in 87 clusters".</summary>
    private static string Found(AnalysisRun run)
    {
        using var doc = JsonDocument.Parse(run.SummaryJson);
        var s = doc.RootElement;
        string N(string name) => s.TryGetProperty(name, out var v) && v.TryGetInt64(out var n) ? n.ToString("N0", CultureInfo.InvariantCulture) : "?";
        return run.Kind switch
        {
            RunKind.Detection when run.Status == RunStatus.Complete => $"{N("edges")} edges, {N("flagged_accounts")} accounts in {N("clusters")} clusters",
            RunKind.Score when run.Status == RunStatus.Complete => $"{N("accounts")} accounts scored, {N("farms")} clusters assessed",
            _ => "",
        };
    }

    public static string ToJson(IReadOnlyList<AnalysisRun> runs)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartArray();
            foreach (var r in runs)
            {
                w.WriteStartObject();
                w.WriteNumber("run_id", r.RunId);
                w.WriteString("kind", r.Kind);
                w.WriteString("status", r.Status);
                w.WriteString("started_at", r.StartedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
                w.WriteString("finished_at", r.FinishedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
                w.WriteString("tool_version", r.ToolVersion);
                w.WriteNumber("input_posts", r.InputPosts);
                w.WriteNumber("input_accounts", r.InputAccounts);
                if (r.SourceRunId is { } source) w.WriteNumber("source_run_id", source); else w.WriteNull("source_run_id");
                w.WritePropertyName("settings");
                w.WriteRawValue(r.SettingsJson);
                w.WritePropertyName("summary");
                w.WriteRawValue(r.SummaryJson);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
