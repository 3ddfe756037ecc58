using System.ComponentModel;
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
        [Description("folder for posts.csv, accounts.csv and truth.csv")]
        public string? Out { get; init; }

        [CommandOption("--seed <N>")]
        [Description("random seed (default 1)")]
        public int? Seed { get; init; }

        [CommandOption("--scale <SCALE>")]
        [Description("small (2,000 accounts, 50,000 posts; default), medium (20,000 / 500,000) or large (100,000 / 5,000,000)")]
        public string? Scale { get; init; }

        [CommandOption("--narratives")]
        [Description("also write narrative-posts.csv and narrative-truth.csv: planted stance flips, attack swarms and on/off farms posting a Kazakh template in Cyrillic and Latin")]
        public bool Narratives { get; init; }

        public override ValidationResult Validate() => Checks.All(
            Checks.Required(Out, "--out", "the folder to write into, e.g. --out sim"),
            Checks.OneOf(Scale, "--scale", "small", "medium", "large"));
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var scale = settings.Scale?.ToLowerInvariant() switch { "medium" => WorldScale.Medium, "large" => WorldScale.Large, _ => WorldScale.Small };
        var r = new Simulate().Run(new SimulateRequest { OutFolder = settings.Out!, Seed = settings.Seed ?? 1, Scale = scale, Narratives = settings.Narratives }, cancellationToken: cancellationToken);
        if (settings.Json) { CliJson.Write(r); return CliApp.Success; }
        if (settings.Quiet) return CliApp.Success;
        Terminal.Line($"simulated {scale.ToString().ToLowerInvariant()} world, seed {settings.Seed ?? 1}, in {r.Seconds:F1} s");
        Terminal.Line($"  {Path.Combine(r.OutFolder, "posts.csv")}: {r.Posts:N0} posts ({r.ViralObjects:N0} popular originals, {r.OrganicCampaigns} organic hashtag campaigns)");
        Terminal.Line($"  {Path.Combine(r.OutFolder, "accounts.csv")}: {r.Accounts:N0} accounts, {r.PlantedAccounts:N0} planted");
        Terminal.Line($"  {Path.Combine(r.OutFolder, "truth.csv")}: {r.Groups.Count} planted groups");
        foreach (var (group, size) in r.Groups) Terminal.Line($"    {group,-14} {size,4} accounts");
        if (r.NarrativePosts is { } n)
            Terminal.Line($"  {Path.Combine(r.OutFolder, "narrative-posts.csv")}: {n:N0} posts with planted flips, swarms and on/off farms; truth in narrative-truth.csv");
        return CliApp.Success;
    }
}
