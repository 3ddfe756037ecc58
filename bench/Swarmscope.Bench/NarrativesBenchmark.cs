using System.Diagnostics;
using Swarmscope.Core;
using Swarmscope.Narratives;

namespace Swarmscope.Bench;

/// <summary>
/// `bench templates [--posts 1000000]`: templates (grouping + slots + description) over N synthetic posts.
/// `bench narratives [--posts 10000000]`: a whole narratives run (templates, activity, targets and stance, flips,
/// swarms) over N synthetic posts. Texts come from the near-duplicate benchmark's generator (25% from 2,000 templates
/// with edits, the rest Zipf-vocabulary text); 10% of posts reply to one of 1,000 targets with a praise or attack word;
/// 100,000 accounts, 2,000 of them in 100 clusters. Prints wall and CPU time of the analysis (generation excluded),
/// the load average and the process's peak working set (which includes the generated corpus).
/// </summary>
public static class NarrativesBenchmark
{
    public static int RunTemplates(string[] args) => Run(args, 1_000_000, templatesOnly: true);
    public static int RunNarratives(string[] args) => Run(args, 10_000_000, templatesOnly: false);

    private static int Run(string[] args, int posts, bool templatesOnly)
    {
        var seed = 1;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i] == "--posts") posts = int.Parse(args[i + 1]);
            else if (args[i] == "--seed") seed = int.Parse(args[i + 1]);
            else { Console.Error.WriteLine($"unknown option {args[i]} (--posts N, --seed N)"); return 2; }
        }
        var sw = Stopwatch.StartNew();
        var corpus = Generate(posts, seed);
        Console.WriteLine($"generated {posts:N0} posts in {sw.Elapsed.TotalSeconds:F1} s");
        GC.Collect();

        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        sw.Restart();
        string result;
        if (templatesOnly)
        {
            var templates = TemplateFinder.Find(corpus);
            result = $"{templates.Count:N0} templates, {templates.Sum(t => t.Posts.Length):N0} posts in templates; largest: {(templates.Count > 0 ? templates[0].Text : "")}";
        }
        else
        {
            var f = NarrativeAnalyzer.Analyze(corpus, StanceLexicon.Default());
            result = $"{f.Templates.Count:N0} templates, {f.Activity.Count:N0} activity periods, {f.Mentions.Count:N0} target mentions, " +
                     $"{f.Stances.Count:N0} group stances, {f.Flips.Count:N0} flips, {f.Swarms.Count:N0} swarms";
        }
        var seconds = sw.Elapsed.TotalSeconds;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        Console.WriteLine($"{(templatesOnly ? "templates" : "narratives")}: {posts:N0} posts, {Environment.ProcessorCount} cores: {seconds:F2} s wall, {cpu:F2} s CPU " +
                          $"(load average {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a")})");
        Console.WriteLine($"  {result}");
        Console.WriteLine($"  peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024 * 1024):F2} GiB (includes the generated corpus)");
        return 0;
    }

    private static readonly string[] Praise = ["спасибо, настоящий лидер", "proud to support", "рахмет, қолдаймыз"];
    private static readonly string[] Attack = ["предатель и лжец", "traitor, shame", "сатқын, ұят"];

    private static NarrativeCorpus Generate(int posts, int seed)
    {
        var (texts, times) = NearDuplicateBenchmark.Generate(posts, seed);
        var random = new Random(seed + 1);
        var clusters = new Dictionary<(Platform, string), int>();
        for (var a = 0; a < 2_000; a++) clusters[(Platform.Twitter, "a" + a)] = a / 20;
        var builder = new NarrativeCorpusBuilder(clusters);
        for (var i = 0; i < posts; i++)
        {
            var reply = random.Next(10) == 0;
            var target = reply ? "t" + random.Next(1_000) : null;
            var text = texts[i];
            if (reply) text = "@" + target + " " + text + " " + (random.Next(2) == 0 ? Praise[random.Next(3)] : Attack[random.Next(3)]);
            texts[i] = null!;
            builder.Add(new Post
            {
                Platform = Platform.Twitter, Id = i.ToString(), AccountId = "a" + random.Next(100_000),
                Time = new Timestamp(times[i], TimePrecision.Second), Kind = reply ? PostKind.Reply : PostKind.Post,
                Text = text, TargetAccountId = target,
            });
        }
        return builder.Build();
    }
}
