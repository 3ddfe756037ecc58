using System.ComponentModel;
using System.Diagnostics;
using Spectre.Console;
using Spectre.Console.Cli;
using Swarmscope.Investigations;

namespace Swarmscope.Cli;

/// <summary>`swarmscope import`: the <see cref="ImportFiles"/> use case with live progress and a summary table.</summary>
public sealed class ImportCommand : Command<ImportCommand.Settings>
{
    /// <summary>Skipped files listed one by one; past this many a count stands for the rest (a Telegram export's photos folder holds thousands).</summary>
    public const int SkippedListed = 20;

    public sealed class Settings : OutputSettings
    {
        [CommandArgument(0, "<FILES>")]
        [Description("export files, or folders standing for the files in them (format detected per file; gzip, zip of one file and UTF-16 read transparently); - or /dev/stdin reads standard input, e.g. from a pipe")]
        public string[] Paths { get; init; } = [];

        [CommandOption("--db <FILE>")]
        [Description("the investigation file (DuckDB), created when missing")]
        public string? Database { get; init; }

        [CommandOption("--format <NAME>")]
        [Description("use this importer for every file instead of detecting (see 'swarmscope formats')")]
        public string? Format { get; init; }

        [CommandOption("--map <FIELD=COLUMN,...>")]
        [Description("column mapping for the generic csv format; may be repeated")]
        public string[] Map { get; init; } = [];

        [CommandOption("--map-file <FILE>")]
        [Description("a file of field=column lines for the generic csv format")]
        public string? MapFile { get; init; }

        [CommandOption("--timezone <ZONE>")]
        [Description("zone of timestamps without an offset (IANA name such as Asia/Almaty; default UTC)")]
        public string? TimeZone { get; init; }

        [CommandOption("--skip-bad <FILE>")]
        [Description("write bad records to FILE (CSV, or JSON Lines for .jsonl) and import the rest; without it the first bad record stops that file and nothing of it is kept")]
        public string? SkipBad { get; init; }

        [CommandOption("--force")]
        [Description("merge a file again even if an identical file was imported before (adds nothing new)")]
        public bool Force { get; init; }

        [CommandOption("--recursive")]
        [Description("a folder also means the files in its subfolders (hidden ones left out; links to folders not followed)")]
        public bool Recursive { get; init; }

        public override ValidationResult Validate() => Checks.All(
            Paths.Length == 0 ? ValidationResult.Error(Messages.NoFilesToImport) : ValidationResult.Success(),
            Checks.Required(Database, "--db", "the investigation file to import into, e.g. --db inv.duckdb"),
            Checks.TimeZone(TimeZone));
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var request = new ImportRequest
        {
            Paths = settings.Paths,
            Database = settings.Database!,
            Format = settings.Format,
            Mappings = settings.Map,
            MappingFile = settings.MapFile,
            TimeZone = Checks.Zone(settings.TimeZone),
            RejectedLog = settings.SkipBad,
            Force = settings.Force,
            Recursive = settings.Recursive,
        };
        var finished = new List<ImportedFile>();
        var clock = Stopwatch.StartNew();
        ImportResult? result = null;
        try
        {
            if (Terminal.Interactive && !settings.Quiet && !settings.Json) result = RunWithProgress(request, finished, cancellationToken);
            else result = new ImportFiles().Run(request, new CliEvents(settings.Quiet, e => OnEvent(e, settings, finished)), cancellationToken);
        }
        finally
        {
            if (settings.Tables && finished.Count > 0) PrintSummary(finished, result?.RejectedLogged ?? 0, clock.Elapsed.TotalSeconds);
        }
        if (settings.Json) CliJson.Write(result);
        return CliApp.Success;
    }

    private static void OnEvent(InvestigationEvent e, Settings settings, List<ImportedFile> finished)
    {
        switch (e)
        {
            case ImportPlanned planned:
                if (!settings.Quiet) PrintPlan(planned);
                break;
            case ImportFileFinished f:
                finished.Add(f.File);
                break;
        }
    }

    internal static void PrintPlan(ImportPlanned planned)
    {
        foreach (var skipped in planned.Skipped.Take(SkippedListed))
            Terminal.Info($"skipped {skipped}: no import format recognises it (name one with --format to import it)");
        if (planned.Skipped.Count > SkippedListed)
            Terminal.Info($"skipped {planned.Skipped.Count - SkippedListed:N0} more files no import format recognises");
        if (!Terminal.Interactive)
            foreach (var f in planned.Files) Terminal.Info($"importing {f.Path} as {f.Format} ...");
    }

    private static ImportResult RunWithProgress(ImportRequest request, List<ImportedFile> finished, CancellationToken cancellationToken)
    {
        ImportResult result = null!;
        Terminal.Error.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                IReadOnlyList<PlannedFile> plan = [];
                var tasks = new List<ProgressTask>();
                var clocks = new List<Stopwatch>();
                void Show(InvestigationEvent e)
                {
                    switch (e)
                    {
                        case ImportPlanned planned:
                            plan = planned.Files;
                            PrintPlan(planned);
                            break;
                        case ImportFileProgress p:
                            // Files overlap: the next one is parsed while the previous one commits.
                            while (tasks.Count <= p.Index && tasks.Count < plan.Count)
                            {
                                tasks.Add(ctx.AddTask(Markup.Escape(TerminalText.Safe(plan[tasks.Count].Label)), maxValue: 100));
                                clocks.Add(Stopwatch.StartNew());
                            }
                            if (p.Index < tasks.Count && !tasks[p.Index].IsFinished)
                            {
                                tasks[p.Index].Value = p.Fraction * 100;
                                tasks[p.Index].Description = Markup.Escape(TerminalText.Safe(
                                    $"{plan[p.Index].Label}  {p.Records:N0} records, {p.Records / Math.Max(clocks[p.Index].Elapsed.TotalSeconds, 0.001):N0}/s"));
                            }
                            break;
                        case ImportFileFinished f:
                            var index = finished.Count;
                            finished.Add(f.File);
                            while (tasks.Count <= index && tasks.Count < plan.Count)
                                tasks.Add(ctx.AddTask(Markup.Escape(TerminalText.Safe(plan[tasks.Count].Label)), maxValue: 100));
                            tasks[index].Value = 100;
                            tasks[index].Description = Markup.Escape(TerminalText.Safe($"{f.File.Label}  {f.File.Read:N0} records" + (f.File.AlreadyImported ? " (already imported)" : "")));
                            tasks[index].StopTask();
                            break;
                    }
                }
                result = new ImportFiles().Run(request, new CliEvents(quiet: false, Show), cancellationToken);
            });
        return result;
    }

    /// <param name="wallSeconds">The total row's seconds: files overlap (the next is read while the previous commits), so their seconds do not add up.</param>
    internal static void PrintSummary(IReadOnlyList<ImportedFile> files, long rejectedLogged, double wallSeconds)
    {
        var table = new Table().Title("import summary")
            .AddColumn(new TableColumn("file").NoWrap()).AddColumn(new TableColumn("format").NoWrap())
            .AddColumn(new TableColumn("read").RightAligned())
            .AddColumn(new TableColumn("imported").RightAligned())
            .AddColumn(new TableColumn("merged").RightAligned())
            .AddColumn(new TableColumn("rejected").RightAligned())
            .AddColumn(new TableColumn("seconds").RightAligned());
        long read = 0, imported = 0, merged = 0, rejected = 0;
        foreach (var s in files)
        {
            var name = Markup.Escape(TerminalText.Safe(s.Label));
            if (s.AlreadyImported)
            {
                table.AddRow(name, Markup.Escape(s.Format), "[yellow]already imported[/]", "0", "0", "0", "0");
                continue;
            }
            table.AddRow(name, Markup.Escape(s.Format), N(s.Read), N(s.Imported), N(s.Merged), N(s.Rejected), s.Seconds.ToString("F2"));
            read += s.Read; imported += s.Imported; merged += s.Merged; rejected += s.Rejected;
        }
        if (files.Count > 1)
            table.AddRow("[bold]total[/]", "", N(read), N(imported), N(merged), N(rejected), wallSeconds.ToString("F2"));
        Terminal.Out.Write(table);
        foreach (var s in files)
            if (s.AlreadyImported) Terminal.Line($"{TerminalText.Safe(s.Path)} was imported before (same SHA-256): nothing added. Use --force to merge it again.");
        Terminal.Line("read/imported/merged count records (posts + accounts); merged = already in the store or repeated in the file.");
        if (rejectedLogged > 0) Terminal.Line($"{rejectedLogged:N0} rejected record(s) written to the --skip-bad file.");
    }

    private static string N(long v) => v.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
