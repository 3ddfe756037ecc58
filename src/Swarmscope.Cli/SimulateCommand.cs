using System.Diagnostics;
using System.Globalization;
using Swarmscope.Detection;
using Swarmscope.Simulation;

namespace Swarmscope.Cli;

public sealed class SimulateCommand : ICommand
{
    public string Name => "simulate";
    public string Summary => "write synthetic data with planted coordinated groups and truth.csv";
    public string Usage => """
        usage: swarmscope simulate --out DIR [--seed N] [--scale small|medium|large] [options]
          world:       --accounts N --posts N --days N (override the scale), --groups-per-kind N (0 = none of the
                       four classic kinds: corepost, template, linkpush, swarmreply)
          farms (issue 17; accounts come on top of --accounts):
            --farms N              planted farms (truth groups farm-1, farm-2, ...; default 0)
            --farm-size N          accounts per farm (20)
            --pool N               prepared texts per farm (5; at most 48)
            --variation LIST       none, or any of words,names,script (default words,names,script)
            --participation P      share of a farm's accounts posting on a working day (0.8)
            --posts-per-day N      posts per active account per day (1)
            --burst DUR            length of the daily burst (1h)
            --jitter DUR           how far the burst's start moves from day to day (0)
            --office-hours H-H     local office hours (9-18) in --office-zone (Asia/Almaty)
            --every-day            work on weekends too (default Monday-Friday)
            --farm-objects K       exclusive (own posts) or shared (comments under the day's official news post)
            --switching ON/OFF     days switched on, then off, repeatedly (default always on, e.g. 5/9)
            --filler N             other posts per farm account, to blend in (10)
          organic look-alikes (must not be flagged; listed in lookalikes.csv):
            --lookalikes           the standard set: 2 fan bases, 1 news ring, 150 morning greeters
            --fan-bases N --news-rings N --greeters N   choose them one by one
        writes posts.csv, accounts.csv, truth.csv (planted accounts only) and, with look-alikes, lookalikes.csv
        """;

    public IReadOnlyCollection<string> Flags => ["lookalikes", "every-day"];

    private static readonly HashSet<string> Known =
    [
        "out", "seed", "scale", "accounts", "posts", "days", "groups-per-kind", "farms", "farm-size", "pool", "variation",
        "participation", "posts-per-day", "burst", "jitter", "office-hours", "office-zone", "every-day", "farm-objects",
        "switching", "filler", "lookalikes", "fan-bases", "news-rings", "greeters",
    ];

    public Task<int> RunAsync(CommandArgs args)
    {
        foreach (var name in args.OptionNames)
            if (!Known.Contains(name)) throw new UsageException($"unknown option --{name}");
        if (args.Positionals.Count > 0) throw new UsageException($"unexpected argument '{args.Positionals[0]}'");
        var outDir = args.Require("out");
        var options = ParseOptions(args, out var scaleText);
        if (File.Exists(outDir)) throw new UserFacingException($"--out {outDir}: is a file, expected a directory");

        var sw = Stopwatch.StartNew();
        SimulationSummary summary;
        try
        {
            summary = new CoordinationSimulator(options).WriteTo(outDir);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
        catch (IOException e)
        {
            throw new UserFacingException($"--out {outDir}: cannot write: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            throw new UserFacingException($"--out {outDir}: cannot write: {e.Message}");
        }
        Console.WriteLine($"simulated {scaleText} world, seed {options.Seed}, in {sw.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine($"  {Path.Combine(outDir, "posts.csv")}: {summary.Posts:N0} posts ({summary.ViralObjects:N0} popular originals, {summary.OrganicCampaigns} organic hashtag campaigns)");
        Console.WriteLine($"  {Path.Combine(outDir, "accounts.csv")}: {summary.Accounts:N0} accounts, {summary.PlantedAccounts:N0} planted");
        Console.WriteLine($"  {Path.Combine(outDir, "truth.csv")}: {summary.Groups.Count} planted groups");
        foreach (var (group, size) in summary.Groups) Console.WriteLine($"    {group,-14} {size,4} accounts");
        if (summary.LookAlikeAccounts > 0)
            Console.WriteLine($"  {Path.Combine(outDir, "lookalikes.csv")}: {summary.LookAlikeAccounts:N0} organic look-alike accounts (stars, fans, news channels, greeters)");
        return Task.FromResult(0);
    }

    private static SimulationOptions ParseOptions(CommandArgs args, out string scaleText)
    {
        scaleText = args.Get("scale") ?? "small";
        var scale = scaleText.ToLowerInvariant() switch
        {
            "small" => SimulationScale.Small,
            "medium" => SimulationScale.Medium,
            "large" => SimulationScale.Large,
            var s => throw new UsageException($"--scale must be small, medium or large, got '{s}'"),
        };
        var options = new SimulationOptions { Seed = args.GetInt("seed", 1), Scale = scale };
        if (args.Has("accounts")) options = options with { Accounts = Positive(args, "accounts", 0) };
        if (args.Has("posts")) options = options with { Posts = Positive(args, "posts", 0) };
        if (args.Has("days")) options = options with { Days = Positive(args, "days", 0) };
        if (args.Has("groups-per-kind"))
        {
            var g = args.GetInt("groups-per-kind", 0);
            if (g < 0) throw new UsageException("--groups-per-kind must not be negative");
            options = options with { GroupsPerKind = g };
        }
        var farms = Farms(args);
        if (farms is not null) options = options with { Farms = farms };
        var lookAlikes = args.Flag("lookalikes") ? OrganicLookAlikes.Standard : new OrganicLookAlikes();
        if (args.Has("fan-bases")) lookAlikes = lookAlikes with { FanBases = NonNegative(args, "fan-bases") };
        if (args.Has("news-rings")) lookAlikes = lookAlikes with { NewsRings = NonNegative(args, "news-rings") };
        if (args.Has("greeters")) lookAlikes = lookAlikes with { Greeters = NonNegative(args, "greeters") };
        if (lookAlikes.Any) options = options with { LookAlikes = lookAlikes };
        return options;
    }

    /// <summary>Farm tactics, or null when no farm option is given (or --farms 0).</summary>
    private static FarmTactics? Farms(CommandArgs args)
    {
        string[] farmOptions = ["farm-size", "pool", "variation", "participation", "posts-per-day", "burst", "jitter", "office-hours", "office-zone", "every-day", "farm-objects", "switching", "filler"];
        var count = args.Has("farms") ? NonNegative(args, "farms") : 0;
        if (count == 0)
        {
            if (farmOptions.FirstOrDefault(args.Has) is { } stray) throw new UsageException($"--{stray} describes farms: add --farms N");
            return null;
        }
        var t = new FarmTactics { Count = count };
        if (args.Has("farm-size")) t = t with { Size = Positive(args, "farm-size", 2) };
        if (args.Has("pool")) t = t with { PoolSize = Positive(args, "pool", 1) };
        if (args.Get("variation") is { } variation) t = t with { Variation = ParseVariation(variation) };
        if (args.Has("participation")) t = t with { DailyParticipation = args.GetDouble("participation", 0) };
        if (args.Has("posts-per-day")) t = t with { PostsPerActiveDay = Positive(args, "posts-per-day", 1) };
        if (args.Get("burst") is { } burst) t = t with { Burst = TimeSpan.FromMilliseconds(ParseDuration("burst", burst)) };
        if (args.Get("jitter") is { } jitter) t = t with { Jitter = TimeSpan.FromMilliseconds(ParseDuration("jitter", jitter)) };
        if (args.Get("office-hours") is { } hours)
        {
            var parts = hours.Split('-');
            if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var from) ||
                !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var to))
                throw new UsageException($"--office-hours: '{hours}' is not a range of hours such as 9-18");
            t = t with { OfficeStartHour = from, OfficeEndHour = to };
        }
        if (args.Get("office-zone") is { } zone) t = t with { TimeZone = zone };
        if (args.Flag("every-day")) t = t with { WeekdaysOnly = false };
        if (args.Get("farm-objects") is { } objects)
            t = t with
            {
                Objects = objects.ToLowerInvariant() switch
                {
                    "exclusive" => FarmObjects.Exclusive,
                    "shared" => FarmObjects.Shared,
                    _ => throw new UsageException($"--farm-objects must be exclusive or shared, got '{objects}'"),
                },
            };
        if (args.Get("switching") is { } switching)
        {
            var parts = switching.Split('/');
            if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var on) ||
                !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var off))
                throw new UsageException($"--switching: '{switching}' is not days on/days off such as 5/9");
            t = t with { DaysOn = on, DaysOff = off };
        }
        if (args.Has("filler")) t = t with { FillerPosts = NonNegative(args, "filler") };
        return t;
    }

    private static TextVariation ParseVariation(string text)
    {
        var v = TextVariation.None;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            v |= part.ToLowerInvariant() switch
            {
                "none" => TextVariation.None,
                "words" => TextVariation.WordSwaps,
                "names" => TextVariation.NameSlots,
                "script" => TextVariation.Script,
                "all" => TextVariation.WordSwaps | TextVariation.NameSlots | TextVariation.Script,
                _ => throw new UsageException($"--variation: unknown variation '{part}' (none, words, names, script, all)"),
            };
        }
        return v;
    }

    private static int Positive(CommandArgs args, string name, int min)
    {
        var v = args.GetInt(name, 0);
        if (v < Math.Max(1, min)) throw new UsageException($"--{name} must be at least {Math.Max(1, min)}");
        return v;
    }

    private static int NonNegative(CommandArgs args, string name)
    {
        var v = args.GetInt(name, 0);
        if (v < 0) throw new UsageException($"--{name} must not be negative");
        return v;
    }

    private static long ParseDuration(string option, string value) =>
        Duration.TryParseMilliseconds(value, out var ms) ? ms : throw new UsageException($"--{option}: '{value}' is not a duration (examples: 30m, 1h)");
}
