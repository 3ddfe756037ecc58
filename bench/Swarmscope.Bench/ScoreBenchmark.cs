using System.Diagnostics;
using Swarmscope.Core;
using Swarmscope.Signals;

namespace Swarmscope.Bench;

/// <summary>
/// `score [accounts] [posts]`: signal extraction and unsupervised scoring of 100,000 synthetic accounts with
/// 10,000,000 posts streamed (in store order: account, time), as `swarmscope score` does. Target: under 30 s.
/// </summary>
public static class ScoreBenchmark
{
    public static int Run(string[] args)
    {
        var accountCount = args.Length > 0 ? int.Parse(args[0]) : 100_000;
        var postCount = args.Length > 1 ? long.Parse(args[1]) : 10_000_000;
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty");
        var accounts = MakeAccounts(accountCount);
        Console.WriteLine($"score: {accountCount:N0} accounts, {postCount:N0} posts (synthetic, streamed), time zone {zone.Id}");

        var watch = Stopwatch.StartNew();
        var table = new SignalExtractor(new SignalOptions { TimeZone = zone }).Extract(accounts, MakePosts(accountCount, postCount));
        var extracted = watch.Elapsed.TotalSeconds;
        var scores = RobustScorer.Fit(table).ScoreAll(table);
        var total = watch.Elapsed.TotalSeconds;
        var process = Process.GetCurrentProcess();
        process.Refresh();

        var farmInTop = 0;
        var top = Math.Min(accountCount / 20, scores.Count);
        for (var i = 0; i < top; i++) if (scores[i].Account.AccountId.StartsWith('f')) farmInTop++;
        Console.WriteLine($"signals: {extracted:0.00} s; scoring: {total - extracted:0.00} s; total {total:0.00} s (target < 30 s)");
        Console.WriteLine($"peak working set: {process.PeakWorkingSet64 / (1024.0 * 1024):0} MB; managed heap now {GC.GetTotalMemory(false) / (1024.0 * 1024):0} MB");
        Console.WriteLine($"sanity: {farmInTop} of the top {top} are planted farm accounts (5% planted)");
        Console.WriteLine($"top: {scores[0].Account.Label} {scores[0].Score:0.00} — {scores[0].ReasonText()}");
        return total < 30 ? 0 : 1;
    }

    private static bool IsFarm(int i) => i % 20 == 0;

    private static List<Account> MakeAccounts(int n)
    {
        var rng = new Random(42);
        var list = new List<Account>(n);
        var names = new[] { "anna", "nurlan", "dana", "timur", "asel", "erlan", "maria", "john", "aigerim", "bolat", "zhanna", "sergey" };
        var burstDay = new DateTimeOffset(2021, 12, 20, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < n; i++)
        {
            var farm = IsFarm(i);
            var name = names[rng.Next(names.Length)];
            list.Add(new Account
            {
                Platform = Platform.Twitter,
                Id = (farm ? "f" : "h") + i,
                Handle = farm ? name + rng.Next(10_000_000, 99_999_999) : name + "_" + names[rng.Next(names.Length)] + (rng.Next(3) == 0 ? rng.Next(100).ToString() : ""),
                Followers = farm ? rng.Next(3) : rng.Next(10, 5000),
                Following = farm ? rng.Next(3) : rng.Next(10, 2000),
                PostCount = farm ? rng.Next(3) : rng.Next(50, 20000),
                Description = farm ? "" : "about me",
                ProfileImageUrl = farm ? "https://abs.twimg.com/sticky/default_profile_images/default_profile.png" : $"https://pbs.twimg.com/profile_images/{i}/a.jpg",
                ProfileImageHash = farm ? 0xABCDEF0123456789UL ^ (ulong)(i % 7) : (ulong)rng.NextInt64(),
                CreatedAt = farm ? burstDay.AddMinutes(rng.Next(3 * 1440)) : new DateTimeOffset(2010, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(rng.Next(4000)),
                Verified = false,
            });
        }
        return list;
    }

    /// <summary>Posts generated lazily, account by account in time order; only one Post object is alive at a time.</summary>
    private static IEnumerable<Post> MakePosts(int accounts, long total)
    {
        var rng = new Random(7);
        var perAccount = total / accounts;
        var start = new DateTimeOffset(2022, 1, 3, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
        string[] texts = ["Мы сделали выбор за новый Казахстан!", "Good morning everyone, coffee time", "Біз жаңа Қазақстан үшін таңдау жасадық", "RT this now"];
        long emitted = 0;
        for (var a = 0; a < accounts; a++)
        {
            var farm = IsFarm(a);
            var id = (farm ? "f" : "h") + a;
            var count = a == accounts - 1 ? total - emitted : perAccount;
            var t = start + rng.Next(86_400_000);
            for (var j = 0; j < count; j++)
            {
                t += farm ? 600_000 : (long)(-Math.Log(1 - rng.NextDouble()) * 5_400_000);
                yield return new Post
                {
                    Platform = Platform.Twitter,
                    Id = string.Empty, // ids are not needed by the signals; skipping them keeps the benchmark about scoring
                    AccountId = id,
                    Time = new Timestamp(t, TimePrecision.Second),
                    Kind = farm || rng.Next(5) == 0 ? PostKind.Repost : PostKind.Post,
                    Text = texts[(a + j) & 3],
                    Language = farm ? "ru" : null,
                };
            }
            emitted += count;
        }
    }
}
