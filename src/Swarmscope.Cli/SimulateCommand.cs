using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Swarmscope.Investigations;

namespace Swarmscope.Cli;

/// <summary>`swarmscope simulate`: the <see cref="Simulate"/> use case.</summary>
public sealed class SimulateCommand : Command<SimulateCommand.Settings>
{
    public sealed class Settings : OutputSettings
    {
        [CommandOption("--out <DIR>")]
        [Description("folder for posts.csv, accounts.csv, truth.csv (and lookalikes.csv with look-alikes)")]
        public string? Out { get; init; }

        [CommandOption("--seed <N>")]
        [Description("random seed (default 1)")]
        public int? Seed { get; init; }

        [CommandOption("--scale <SCALE>")]
        [Description("small (2,000 accounts, 50,000 posts; default), medium (20,000 / 500,000) or large (100,000 / 5,000,000)")]
        public string? Scale { get; init; }

        [CommandOption("--accounts <N>")]
        [Description("accounts of the world (overrides the scale; farm accounts and news channels come on top)")]
        public int? Accounts { get; init; }

        [CommandOption("--posts <N>")]
        [Description("approximate organic posts (overrides the scale)")]
        public int? Posts { get; init; }

        [CommandOption("--days <N>")]
        [Description("length of the period in days (default 30)")]
        public int? Days { get; init; }

        [CommandOption("--groups-per-kind <N>")]
        [Description("classic planted groups of each kind (corepost, template, linkpush, swarmreply); 0 = none")]
        public int? GroupsPerKind { get; init; }

        [CommandOption("--farms <N>")]
        [Description("farms that post from a pool of prepared texts (truth groups farm-1, farm-2, ...; default none)")]
        public int? Farms { get; init; }

        [CommandOption("--farm-size <N>")]
        [Description("accounts per farm (default 20)")]
        public int? FarmSize { get; init; }

        [CommandOption("--pool <N>")]
        [Description("distinct prepared texts per farm (default 5, at most 48)")]
        public int? Pool { get; init; }

        [CommandOption("--variation <LIST>")]
        [Description("how a farm varies its texts: none, or any of words,names,script (default all three)")]
        public string? Variation { get; init; }

        [CommandOption("--participation <P>")]
        [Description("share of a farm's accounts that post on a working day, above 0 and at most 1 (default 0.8)")]
        public double? Participation { get; init; }

        [CommandOption("--posts-per-day <N>")]
        [Description("posts per active farm account per day (default 1)")]
        public int? PostsPerDay { get; init; }

        [CommandOption("--burst <DURATION>")]
        [Description("length of a farm's daily burst (default 1h)")]
        public string? Burst { get; init; }

        [CommandOption("--jitter <DURATION>")]
        [Description("how far the burst's start moves from day to day (default: it does not)")]
        public string? Jitter { get; init; }

        [CommandOption("--office-hours <HOURS>")]
        [Description("farm office hours, local time, e.g. 9-18 (default)")]
        public string? OfficeHours { get; init; }

        [CommandOption("--office-zone <ZONE>")]
        [Description("time zone of the farm's office (default Asia/Almaty)")]
        public string? OfficeZone { get; init; }

        [CommandOption("--every-day")]
        [Description("farms work on weekends too (default Monday to Friday)")]
        public bool EveryDay { get; init; }

        [CommandOption("--farm-objects <KIND>")]
        [Description("exclusive (the farm's own posts; default) or shared (comments under the day's official news post)")]
        public string? FarmObjects { get; init; }

        [CommandOption("--switching <ON/OFF>")]
        [Description("days switched on, then off, repeatedly, e.g. 5/9 (default: always on)")]
        public string? Switching { get; init; }

        [CommandOption("--filler <N>")]
        [Description("other posts per farm account, to blend in (default 10)")]
        public int? Filler { get; init; }

        [CommandOption("--organic-copiers <N>")]
        [Description("organic accounts per farm that copy one to three of its texts once each (default 0)")]
        public int? OrganicCopiers { get; init; }

        [CommandOption("--lookalikes")]
        [Description("organic look-alikes that must not be flagged: 2 fan bases, a news ring, 150 morning greeters (lookalikes.csv)")]
        public bool LookAlikes { get; init; }

        [CommandOption("--fan-bases <N>")]
        [Description("stars with a fan base reposting them (overrides --lookalikes' 2)")]
        public int? FanBases { get; init; }

        [CommandOption("--news-rings <N>")]
        [Description("rings of 8 news channels forwarding each other (overrides --lookalikes' 1)")]
        public int? NewsRings { get; init; }

        [CommandOption("--greeters <N>")]
        [Description("organic accounts posting a stock greeting most mornings (overrides --lookalikes' 150)")]
        public int? Greeters { get; init; }

        internal bool AnyFarmOption => FarmSize is not null || Pool is not null || Variation is not null || Participation is not null ||
            PostsPerDay is not null || Burst is not null || Jitter is not null || OfficeHours is not null || OfficeZone is not null ||
            EveryDay || FarmObjects is not null || Switching is not null || Filler is not null || OrganicCopiers is not null;

        [CommandOption("--narratives")]
        [Description("also write narrative-posts.csv and narrative-truth.csv: planted stance flips, attack swarms and on/off farms posting a Kazakh template in Cyrillic and Latin")]
        public bool Narratives { get; init; }

        public override ValidationResult Validate() => Checks.All(
            Checks.Required(Out, "--out", "the folder to write into, e.g. --out sim"),
            Checks.OneOf(Scale, "--scale", "small", "medium", "large"),
            Checks.AtLeast(Accounts, 50, "--accounts"),
            Checks.AtLeast(Posts, 1, "--posts"),
            Checks.AtLeast(Days, 1, "--days"),
            Checks.AtLeast(GroupsPerKind, 0, "--groups-per-kind"),
            Checks.AtLeast(Farms, 0, "--farms"),
            (Farms ?? 0) == 0 && AnyFarmOption ? ValidationResult.Error("farm options (--pool, --burst, ...) describe farms: add --farms N") : ValidationResult.Success(),
            Checks.AtLeast(FarmSize, 2, "--farm-size"),
            Checks.AtLeast(Pool, 1, "--pool"),
            Pool > SimulationChoices.MaxPoolSize ? ValidationResult.Error($"--pool must be at most {SimulationChoices.MaxPoolSize}, got {Pool}") : ValidationResult.Success(),
            Checks.List(Variation).FirstOrDefault(v => !SimulationChoices.Variations.Contains(v, StringComparer.OrdinalIgnoreCase)) is { } unknown
                ? ValidationResult.Error($"--variation: {Messages.UnknownVariation(unknown)}") : ValidationResult.Success(),
            Checks.Between(Participation, 0, 1, "--participation", minExclusive: true),
            Checks.AtLeast(PostsPerDay, 1, "--posts-per-day"),
            Checks.Duration(Burst, "--burst"),
            Jitter is null || Jitter is "0" || DetectionChoices.TryParseDuration(Jitter, out _) ? ValidationResult.Success()
                : ValidationResult.Error($"--jitter: '{Jitter}' is not a duration (examples: 0, 30m, 2h)"),
            OfficeHours is null || Hours(OfficeHours) is not null ? ValidationResult.Success()
                : ValidationResult.Error($"--office-hours: '{OfficeHours}' is not a range of whole hours such as 9-18"),
            Checks.TimeZone(OfficeZone, "--office-zone"),
            Checks.OneOf(FarmObjects, "--farm-objects", [.. SimulationChoices.FarmObjects]),
            Switching is null || OnOff(Switching) is not null ? ValidationResult.Success()
                : ValidationResult.Error($"--switching: '{Switching}' is not days on/days off such as 5/9"),
            Checks.AtLeast(Filler, 0, "--filler"),
            Checks.AtLeast(OrganicCopiers, 0, "--organic-copiers"),
            Checks.AtLeast(FanBases, 0, "--fan-bases"),
            Checks.AtLeast(NewsRings, 0, "--news-rings"),
            Checks.AtLeast(Greeters, 0, "--greeters"));

        internal static (int From, int To)? Hours(string text)
        {
            var parts = text.Split('-');
            return parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var from) &&
                   int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var to) ? (from, to) : null;
        }

        internal static (int On, int Off)? OnOff(string text)
        {
            var parts = text.Split('/');
            return parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var on) && on >= 1 &&
                   int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var off) ? (on, off) : null;
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var scale = settings.Scale?.ToLowerInvariant() switch { "medium" => WorldScale.Medium, "large" => WorldScale.Large, _ => WorldScale.Small };
        var request = new SimulateRequest
        {
            OutFolder = settings.Out!, Seed = settings.Seed ?? 1, Scale = scale, Accounts = settings.Accounts, Posts = settings.Posts,
            Days = settings.Days, GroupsPerKind = settings.GroupsPerKind, Farms = Farms(settings), LookAlikes = LookAlikes(settings),
            Narratives = settings.Narratives,
        };
        var r = new Simulate().Run(request, cancellationToken: cancellationToken);
        if (settings.Json) { CliJson.Write(r); return CliApp.Success; }
        if (settings.Quiet) return CliApp.Success;
        Terminal.Line($"simulated {scale.ToString().ToLowerInvariant()} world, seed {settings.Seed ?? 1}, in {r.Seconds:F1} s");
        Terminal.Line($"  {Path.Combine(r.OutFolder, "posts.csv")}: {r.Posts:N0} posts ({r.ViralObjects:N0} popular originals, {r.OrganicCampaigns} organic hashtag campaigns)");
        Terminal.Line($"  {Path.Combine(r.OutFolder, "accounts.csv")}: {r.Accounts:N0} accounts, {r.PlantedAccounts:N0} planted");
        Terminal.Line($"  {Path.Combine(r.OutFolder, "truth.csv")}: {r.Groups.Count} planted groups");
        foreach (var (group, size) in r.Groups) Terminal.Line($"    {group,-14} {size,4} accounts");
        if (r.LookAlikeAccounts > 0)
            Terminal.Line($"  {Path.Combine(r.OutFolder, "lookalikes.csv")}: {r.LookAlikeAccounts:N0} organic look-alike accounts (stars, fans, news channels, greeters; must not be flagged)");
        if (r.NarrativePosts is { } n)
            Terminal.Line($"  {Path.Combine(r.OutFolder, "narrative-posts.csv")}: {n:N0} posts with planted flips, swarms and on/off farms; truth in narrative-truth.csv");
        return CliApp.Success;
    }

    private static SimulatedFarms? Farms(Settings s)
    {
        if ((s.Farms ?? 0) == 0) return null;
        var f = new SimulatedFarms { Count = s.Farms!.Value };
        long ms = 0;
        return f with
        {
            Size = s.FarmSize ?? f.Size,
            PoolSize = s.Pool ?? f.PoolSize,
            Variation = s.Variation is null ? f.Variation : Checks.List(s.Variation),
            DailyParticipation = s.Participation ?? f.DailyParticipation,
            PostsPerActiveDay = s.PostsPerDay ?? f.PostsPerActiveDay,
            Burst = s.Burst is not null && DetectionChoices.TryParseDuration(s.Burst, out ms) ? TimeSpan.FromMilliseconds(ms) : f.Burst,
            Jitter = s.Jitter is not null && DetectionChoices.TryParseDuration(s.Jitter, out ms) ? TimeSpan.FromMilliseconds(ms) : f.Jitter,
            OfficeStartHour = s.OfficeHours is null ? f.OfficeStartHour : Settings.Hours(s.OfficeHours)!.Value.From,
            OfficeEndHour = s.OfficeHours is null ? f.OfficeEndHour : Settings.Hours(s.OfficeHours)!.Value.To,
            TimeZone = s.OfficeZone ?? f.TimeZone,
            WeekdaysOnly = !s.EveryDay,
            SharedObjects = string.Equals(s.FarmObjects, "shared", StringComparison.OrdinalIgnoreCase),
            DaysOn = s.Switching is null ? f.DaysOn : Settings.OnOff(s.Switching)!.Value.On,
            DaysOff = s.Switching is null ? f.DaysOff : Settings.OnOff(s.Switching)!.Value.Off,
            FillerPosts = s.Filler ?? f.FillerPosts,
            OrganicCopiers = s.OrganicCopiers ?? f.OrganicCopiers,
        };
    }

    private static SimulatedLookAlikes? LookAlikes(Settings s)
    {
        var l = s.LookAlikes ? SimulatedLookAlikes.Standard : new SimulatedLookAlikes();
        l = l with { FanBases = s.FanBases ?? l.FanBases, NewsRings = s.NewsRings ?? l.NewsRings, Greeters = s.Greeters ?? l.Greeters };
        return l.FanBases + l.NewsRings + l.Greeters > 0 ? l : null;
    }
}
