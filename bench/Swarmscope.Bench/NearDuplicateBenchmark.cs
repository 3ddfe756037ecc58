using System.Diagnostics;
using System.Text;
using Swarmscope.Text;

namespace Swarmscope.Bench;

/// <summary>
/// `bench neardup [--posts N] [--seed N]`: near-duplicate text grouping over N synthetic posts (default 1M) spread over
/// four weeks with a 1-hour window. 25% of posts come from 2,000 templates posted in bursts with small edits; the rest are
/// random texts drawn from a Zipf-distributed 20,000-word vocabulary (so common words collide as in real text).
/// </summary>
public static class NearDuplicateBenchmark
{
    public static int Run(string[] args)
    {
        var posts = 1_000_000;
        var seed = 1;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i] == "--posts") posts = int.Parse(args[i + 1]);
            else if (args[i] == "--seed") seed = int.Parse(args[i + 1]);
        }
        var sw = Stopwatch.StartNew();
        var (texts, times) = Generate(posts, seed);
        Console.WriteLine($"generated {posts:N0} posts in {sw.Elapsed.TotalSeconds:F1} s");
        GC.Collect();

        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        sw.Restart();
        var result = NearDuplicateGrouper.Group(texts, times, new NearDuplicateOptions { WindowMs = 3_600_000 });
        var seconds = sw.Elapsed.TotalSeconds;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var grouped = 0;
        foreach (var g in result.GroupOfPost) if (g >= 0) grouped++;
        Console.WriteLine($"neardup: {posts:N0} posts, window 1 h, {Environment.ProcessorCount} cores: {seconds:F2} s wall, {cpu:F2} s CPU (load average {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a")})");
        Console.WriteLine($"  {result.GroupCount:N0} groups, {grouped:N0} posts grouped, {result.Pairs.Length:N0} pairs, " +
                          $"{result.CandidatePairs:N0} candidates verified, {result.ExcludedPosts:N0} excluded as short");
        Console.WriteLine($"  peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):F0} MiB (includes the generated texts)");
        return 0;
    }

    internal static (string[] Texts, long[] Times) Generate(int count, int seed)
    {
        var random = new Random(seed);
        var vocabulary = new string[20_000];
        var sb = new StringBuilder();
        const string letters = "abcdefghijklmnopqrstuvwxyzабвгдеёжзийклмнопрстуфхцчшщыэюяқәіңғүұөһ";
        for (var w = 0; w < vocabulary.Length; w++)
        {
            sb.Clear();
            var length = 2 + (int)Math.Min(12, -Math.Log(1 - random.NextDouble()) * 4);
            var cyrillic = random.Next(2) == 0;
            for (var c = 0; c < length; c++) sb.Append(letters[cyrillic ? 26 + random.Next(letters.Length - 26) : random.Next(26)]);
            vocabulary[w] = sb.ToString();
        }
        // Zipf(1) sampling by inverse CDF over harmonic prefix sums.
        var cumulative = new double[vocabulary.Length];
        var total = 0.0;
        for (var w = 0; w < vocabulary.Length; w++) cumulative[w] = total += 1.0 / (w + 1);
        string Word() => vocabulary[Math.Min(vocabulary.Length - 1, ~Array.BinarySearch(cumulative, random.NextDouble() * total) is var k && k >= 0 ? k : 0)];

        const long start = 1_704_067_200_000; // 2024-01-01
        const long span = 28L * 24 * 3_600_000;
        var templates = new string[2_000][];
        var templateStart = new long[templates.Length];
        for (var t = 0; t < templates.Length; t++)
        {
            templates[t] = new string[8 + random.Next(20)];
            for (var w = 0; w < templates[t].Length; w++) templates[t][w] = Word();
            templateStart[t] = start + random.NextInt64(span);
        }
        var texts = new string[count];
        var times = new long[count];
        for (var i = 0; i < count; i++)
        {
            sb.Clear();
            if (random.NextDouble() < 0.25)
            {
                var t = random.Next(templates.Length);
                var words = templates[t];
                for (var w = 0; w < words.Length; w++)
                {
                    var roll = random.Next(40);
                    if (roll == 0) continue; // deletion
                    if (sb.Length > 0) sb.Append(' ');
                    sb.Append(roll == 1 ? Word() : roll == 2 ? random.Next(100).ToString() : words[w]);
                }
                if (random.Next(3) == 0) sb.Append(" https://t.co/").Append(random.Next(1_000_000));
                times[i] = templateStart[t] + random.NextInt64(30 * 60_000); // bursts of 30 minutes
            }
            else
            {
                var n = 3 + random.Next(25);
                for (var w = 0; w < n; w++) { if (w > 0) sb.Append(' '); sb.Append(Word()); }
                if (random.Next(10) == 0) sb.Insert(0, "@user" + random.Next(50_000) + " ");
                times[i] = start + random.NextInt64(span);
            }
            texts[i] = sb.ToString();
        }
        return (texts, times);
    }
}
