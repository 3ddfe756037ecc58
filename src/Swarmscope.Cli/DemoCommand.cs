using Spectre.Console;
using Swarmscope.Storage;

namespace Swarmscope.Cli;

/// <summary>
/// The newcomer's first run: generate the bundled sample, import it, show what is in the store, say what next.
/// Steps are a list so later work (detect, score) adds one entry each.
/// </summary>
public sealed class DemoCommand : ICommand
{
    public string Name => "demo";
    public string Summary => "generate or use the bundled sample, import it and show what Swarmscope finds";
    public string Usage => "usage: swarmscope demo [--out DIR]   (default DIR: ./demo-out; DIR/demo.duckdb is recreated)";

    /// <summary>What the steps share: the output folder, the store path and the sample files.</summary>
    public sealed class DemoContext(string outDir)
    {
        public string OutDir { get; } = outDir;
        public string Database { get; } = Path.Combine(outDir, "demo.duckdb");
        public IReadOnlyList<string> SampleFiles { get; set; } = [];
        public string Findings => Path.Combine(OutDir, "findings");
        public string AccountsCsv => Path.Combine(OutDir, "accounts.csv");
    }

    public static readonly IReadOnlyList<(string Title, Action<DemoContext> Run)> Steps =
    [
        ("Write the bundled sample", WriteSample),
        ("Import it into a fresh investigation", Import),
        ("Show what is in the investigation", ShowStats),
        ("Find coordinated groups, with evidence", Detect),
        ("Score accounts for signs of inauthenticity", Score),
    ];

    public Task<int> RunAsync(CommandArgs args)
    {
        var context = new DemoContext(Path.GetFullPath(args.Get("out") ?? "demo-out"));
        for (var i = 0; i < Steps.Count; i++)
        {
            AnsiConsole.Write(new Rule($"[bold]{i + 1}/{Steps.Count}  {Markup.Escape(Steps[i].Title)}[/]").LeftJustified());
            Steps[i].Run(context);
        }
        NextSteps(context);
        return Task.FromResult(0);
    }

    private static void WriteSample(DemoContext c)
    {
        Directory.CreateDirectory(c.OutDir);
        c.SampleFiles = DemoSample.Write(Path.Combine(c.OutDir, "sample"));
        foreach (var f in c.SampleFiles) CliOutput.Raw($"  {f}");
        CliOutput.Raw($"  (invented data; planted farm accounts: {string.Join(", ", DemoSample.FarmAccounts)})");
    }

    private static void Import(DemoContext c)
    {
        foreach (var f in new[] { c.Database, c.Database + ".wal" }) if (File.Exists(f)) File.Delete(f);
        var runner = new ImportRunner();
        runner.Run(c.Database, runner.Plan(c.SampleFiles));
    }

    private static void ShowStats(DemoContext c)
    {
        using var store = InvestigationStore.Open(c.Database);
        StatsCommand.Print(store.Stats());
    }

    // The demo runs the real commands, so what a newcomer sees is what they will get on their own data.
    private static void Detect(DemoContext c) =>
        RunCommand(new DetectCommand(), "--db", c.Database, "--out", c.Findings);

    private static void Score(DemoContext c) =>
        RunCommand(new ScoreCommand(), "--db", c.Database, "--out", c.AccountsCsv, "--clusters", Path.Combine(c.Findings, "clusters.csv"));

    private static void RunCommand(ICommand command, params string[] args)
    {
        var exit = command.RunAsync(CommandArgs.Parse(args, command.Flags)).GetAwaiter().GetResult();
        if (exit != 0) throw new UserFacingException($"demo step '{command.Name}' failed with exit code {exit}", exit);
    }

    private static void NextSteps(DemoContext c)
    {
        var db = RelativeIfShorter(c.Database);
        AnsiConsole.Write(new Rule("[bold]next[/]").LeftJustified());
        CliOutput.Raw($"  ./swarmscope stats --db {db} --json        the same counts as JSON");
        CliOutput.Raw($"  {RelativeIfShorter(c.Findings)}/evidence.jsonl  why each pair of accounts is linked (posts, times, shared objects)");
        CliOutput.Raw($"  {RelativeIfShorter(c.Findings)}/network.gexf    the network, opens in Gephi; clusters.csv lists members");
        CliOutput.Raw($"  {RelativeIfShorter(c.AccountsCsv)}           every account's score with its reasons");
        CliOutput.Raw($"  ./swarmscope import YOUR_EXPORT.csv --db inv.duckdb   your own data (see ./swarmscope formats)");
        CliOutput.Raw($"  duckdb {db} \"SELECT account_id, count(*) FROM posts GROUP BY 1 ORDER BY 2 DESC LIMIT 10\"");
        CliOutput.Raw("  The store's tables are described in docs/store.md.");
    }

    private static string RelativeIfShorter(string path)
    {
        var rel = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return rel.Length < path.Length && !rel.StartsWith("..", StringComparison.Ordinal) ? rel : path;
    }
}
