using System.ComponentModel;
using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Cli;
using Swarmscope.Investigations;

namespace Swarmscope.Cli;

/// <summary>`swarmscope stats`: the <see cref="ReadStatistics"/> use case as tables or JSON. The store is opened read-only.</summary>
public sealed class StatsCommand : Command<StatsCommand.Settings>
{
    public sealed class Settings : OutputSettings
    {
        [CommandOption("--db <FILE>")]
        [Description("the investigation file (DuckDB)")]
        public string? Database { get; init; }

        public override ValidationResult Validate() => Checks.Required(Database, "--db", "the investigation file to describe, e.g. --db inv.duckdb");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var stats = new ReadStatistics().Run(new StatisticsRequest(settings.Database!), cancellationToken: cancellationToken);
        if (settings.Json) Terminal.Line(ToJson(stats));
        else if (!settings.Quiet) Print(stats);
        return CliApp.Success;
    }

    /// <summary>{"posts": N, "accounts": N, "imports": N, "first_post": ..., "last_post": ..., "platforms": {...}, "kinds": {...}, "months": {...}}</summary>
    public static string ToJson(InvestigationStatistics s)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("posts", s.Posts);
            w.WriteNumber("accounts", s.Accounts);
            w.WriteNumber("imports", s.Imports);
            if (s.FirstPost is { } first) w.WriteString("first_post", first.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'")); else w.WriteNull("first_post");
            if (s.LastPost is { } last) w.WriteString("last_post", last.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'")); else w.WriteNull("last_post");
            Counts(w, "platforms", s.Platforms);
            Counts(w, "kinds", s.Kinds);
            Counts(w, "months", s.Months);
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Counts(Utf8JsonWriter w, string name, IReadOnlyDictionary<string, long> counts)
    {
        w.WriteStartObject(name);
        foreach (var (k, v) in counts) w.WriteNumber(k, v);
        w.WriteEndObject();
    }

    public static void Print(InvestigationStatistics s)
    {
        var totals = new Table().Title("investigation").AddColumn("").AddColumn(new TableColumn("count").RightAligned());
        totals.AddRow("posts", N(s.Posts));
        totals.AddRow("accounts", N(s.Accounts));
        totals.AddRow("imported files", N(s.Imports));
        if (s.FirstPost is { } f && s.LastPost is { } l) totals.AddRow("time span (UTC)", $"{f:yyyy-MM-dd HH:mm} .. {l:yyyy-MM-dd HH:mm}");
        Terminal.Out.Write(totals);
        var grid = new Table().AddColumn("platform").AddColumn(new TableColumn("posts").RightAligned())
            .AddColumn("kind").AddColumn(new TableColumn("posts").RightAligned());
        var platforms = s.Platforms.ToArray();
        var kinds = s.Kinds.ToArray();
        for (var i = 0; i < Math.Max(platforms.Length, kinds.Length); i++)
            grid.AddRow(
                i < platforms.Length ? Markup.Escape(TerminalText.Safe(platforms[i].Key)) : "", i < platforms.Length ? N(platforms[i].Value) : "",
                i < kinds.Length ? Markup.Escape(TerminalText.Safe(kinds[i].Key)) : "", i < kinds.Length ? N(kinds[i].Value) : "");
        if (platforms.Length + kinds.Length > 0) Terminal.Out.Write(grid);
        if (s.Months.Count > 0)
        {
            var months = new Table().Title("posts per month (UTC)").AddColumn("month").AddColumn(new TableColumn("posts").RightAligned());
            // Long spans are summarised: the JSON has every month.
            var list = s.Months.ToArray();
            var shown = list.Length <= 36 ? list : list[..12].Concat(list[^12..]).ToArray();
            for (var i = 0; i < shown.Length; i++)
            {
                if (list.Length > 36 && i == 12) months.AddRow("...", $"({list.Length - 24} months more; see --json)");
                months.AddRow(shown[i].Key, N(shown[i].Value));
            }
            Terminal.Out.Write(months);
        }
    }

    private static string N(long v) => v.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
