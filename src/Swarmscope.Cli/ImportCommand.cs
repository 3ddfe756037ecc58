using Swarmscope.Ingest;

namespace Swarmscope.Cli;

public sealed class ImportCommand : ICommand
{
    public string Name => "import";
    public string Summary => "import exports into an investigation (a DuckDB file)";
    public string Usage => """
        usage: swarmscope import <files or folders...> --db FILE [--format NAME] [--map field=column,...] [--map-file FILE]
                                 [--timezone ZONE] [--skip-bad FILE] [--force] [--recursive]
          Each file's format is detected (see 'swarmscope formats'); gzip is read transparently. A folder means
          the files in it; those no format recognises are skipped and listed.
          --recursive       a folder also means the files in its subfolders (hidden ones left out)
          --format NAME     use this importer for every file instead of detecting
          --map, --map-file column mapping for the generic CSV importer (field=column)
          --timezone ZONE   zone for timestamps without an offset (IANA id, default UTC)
          --skip-bad FILE   write bad records to FILE (CSV, or JSON Lines for .jsonl) and carry on;
                            without it the first bad record stops the import of that file and nothing of it is kept
          --force           merge a file again even if an identical file was imported before (adds nothing new)
        """;

    public IReadOnlyCollection<string> Flags => ["force", "recursive"];

    /// <summary>Skipped files listed one by one; past this many a count stands for the rest (a Telegram export's photos folder holds thousands).</summary>
    public const int SkippedListed = 20;

    public Task<int> RunAsync(CommandArgs args)
    {
        if (args.Positionals.Count == 0) throw new UsageException("name at least one file to import");
        var db = args.Require("db");
        var runner = new ImportRunner
        {
            Format = args.Get("format"),
            Mapping = Mapping(args),
            TimeZone = TimeZone(args.Get("timezone")),
            SkipBadPath = args.Get("skip-bad"),
            Force = args.Flag("force"),
            Recursive = args.Flag("recursive"),
        };
        var plan = runner.Plan(args.Positionals);
        foreach (var skipped in runner.Skipped.Take(SkippedListed))
            CliOutput.Raw($"skipped {skipped}: no import format recognises it (name one with --format to import it)");
        if (runner.Skipped.Count > SkippedListed)
            CliOutput.Raw($"skipped {runner.Skipped.Count - SkippedListed:N0} more files no import format recognises");
        runner.Run(db, plan);
        return Task.FromResult(0);
    }

    private static ColumnMapping? Mapping(CommandArgs args)
    {
        ColumnMapping? mapping = null;
        try
        {
            if (args.Get("map-file") is { } file)
            {
                if (!File.Exists(file)) throw new UserFacingException($"{file}: no such mapping file");
                mapping = ColumnMappingParser.Load(file);
            }
            foreach (var spec in args.GetAll("map"))
                mapping = ColumnMappingParser.Merge(mapping ?? new ColumnMapping(), ColumnMappingParser.Parse(spec));
        }
        catch (FormatException e)
        {
            throw new UsageException(e.Message);
        }
        return mapping;
    }

    private static TimeZoneInfo? TimeZone(string? id)
    {
        if (id is null) return null;
        try { return TimeZoneInfo.FindSystemTimeZoneById(id); }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new UsageException($"--timezone: unknown time zone '{id}' (use an IANA id such as Asia/Almaty or UTC)");
        }
    }
}
