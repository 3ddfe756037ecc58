using Swarmscope.Core;
using Swarmscope.Core.Findings;
using Swarmscope.Investigations;
using Swarmscope.Storage;

namespace Swarmscope.Bench;

/// <summary>
/// A large store with stored findings, built without running detection (which has its own benchmarks): synthetic
/// posts with heavy-tailed activity, and a detection run and a score run whose shapes are those of a big real run
/// (heavy-tailed cluster sizes, several links per member, evidence pairs that point at real posts).
/// </summary>
internal static class BenchStore
{
    private const int PairsPerLink = 5;
    private const int LinksPerMember = 8;

    public static void Build(string db, int accountCount, long postCount, int flaggedCount)
    {
        var temp = db + ".building";
        foreach (var f in new[] { temp, temp + ".wal" }) File.Delete(f);
        var rng = new Random(15);
        var t0 = new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
        const long year = 365L * 86_400_000;

        // Posts per account: Pareto (α = 1.2) weights scaled to the total, at least one post each.
        var weights = new double[accountCount];
        var sum = 0.0;
        for (var i = 0; i < accountCount; i++) sum += weights[i] = Math.Min(Math.Pow(1 - rng.NextDouble(), -1 / 1.2), 5_000);
        var perAccount = new int[accountCount];
        for (var i = 0; i < accountCount; i++) perAccount[i] = Math.Max(1, (int)(weights[i] / sum * postCount));

        string[] words = ["выбор", "Казахстан", "coffee", "morning", "новый", "strong", "people", "today", "news", "реформы", "vote", "city"];
        using (var store = InvestigationStore.Open(temp))
        {
            using var batch = store.BeginImport(new ImportSource("synthetic-bench.csv", 0, "bench" + Guid.NewGuid().ToString("N"), "synthetic"));
            long record = 1;
            for (var a = 0; a < accountCount; a++)
            {
                batch.Account(new Account { Platform = Platform.Twitter, Id = Id(a), Handle = "user" + a });
                for (var k = 0; k < perAccount[a]; k++)
                {
                    batch.Post(new Post
                    {
                        Platform = Platform.Twitter, Id = PostId(a, k), AccountId = Id(a), AccountHandle = "user" + a,
                        Time = new Timestamp(t0 + rng.NextInt64(year), TimePrecision.Second),
                        Text = $"{words[rng.Next(words.Length)]} {words[rng.Next(words.Length)]} {words[rng.Next(words.Length)]} — a post of typical length about the day's events, #tag{rng.Next(50)} https://example.org/{rng.Next(1000)}",
                        Provenance = new Provenance("synthetic-bench.csv", ++record),
                    });
                }
            }
            batch.Commit();

            // Flagged accounts (the first of a shuffled order) in clusters of Pareto sizes (α = 1.1, 3 to 2,000).
            var order = Enumerable.Range(0, accountCount).OrderBy(_ => rng.Next()).Take(flaggedCount).ToArray();
            var sizes = new List<int>();
            for (var left = flaggedCount; left > 0;)
            {
                var size = Math.Min(left, sizes.Count == 0 ? Math.Min(2_000, flaggedCount) : Math.Clamp((int)(3 * Math.Pow(1 - rng.NextDouble(), -1 / 1.1)), 3, 2_000));
                if (left - size is > 0 and < 3) size = left;
                sizes.Add(size);
                left -= size;
            }
            var clusters = new List<CoordinationCluster>();
            var edges = new List<CoordinationEdge>();
            var seen = new HashSet<(int, int)>();
            var at = 0;
            for (var c = 0; c < sizes.Count; c++)
            {
                var members = order[at..(at + sizes[c])];
                at += sizes[c];
                var accounts = members.Select(m => new FindingAccount(Platform.Twitter, Id(m), "user" + m, c)).ToList();
                var internalEdges = 0;
                var minQ = 1.0;
                for (var i = 0; i < members.Length; i++)
                    for (var j = 0; j < Math.Min(LinksPerMember / 2, members.Length - 1); j++)
                    {
                        var other = rng.Next(members.Length - 1);
                        if (other >= i) other++;
                        var (x, y) = i < other ? (i, other) : (other, i);
                        if (!seen.Add((members[x], members[y]))) continue;
                        var q = Math.Pow(10, -rng.NextDouble() * 12 - 2);
                        minQ = Math.Min(minQ, q);
                        edges.Add(Edge(rng, accounts[x], accounts[y], members[x], members[y], perAccount, q));
                        internalEdges++;
                    }
                var hours = new int[24];
                var days = new int[7];
                for (var h = 0; h < 24; h++) hours[h] = rng.Next(100);
                for (var d = 0; d < 7; d++) days[d] = rng.Next(300);
                clusters.Add(new CoordinationCluster
                {
                    ClusterId = c, Members = accounts, InternalEdges = internalEdges, InternalWeight = internalEdges, MinQValue = minQ,
                    Behaviours = [new BehaviourCount("corepost", internalEdges), new BehaviourCount("sametext", internalEdges / 3)],
                    TopObjects = [.. Enumerable.Range(0, 5).Select(k => new SharedObject("corepost", "9" + rng.NextInt64(1_000_000_000_000), members.Length - k))],
                    TopTexts = [new SharedText("Мы сделали выбор за новый Казахстан! #выбор", members.Length)],
                    FirstPost = DateTimeOffset.FromUnixTimeMilliseconds(t0), LastPost = DateTimeOffset.FromUnixTimeMilliseconds(t0 + year),
                    Posts = members.Sum(m => perAccount[m]), HourOfDay = hours, DayOfWeek = days,
                    Platforms = [new PlatformCount(Platform.Twitter, members.Sum(m => perAccount[m]))],
                });
            }
            edges.Sort((a, b) => a.QValue.CompareTo(b.QValue));
            for (var i = 0; i < edges.Count; i++) edges[i] = edges[i] with { EdgeId = i + 1 };

            var settings = new DetectionSettings
            {
                Behaviours = ["corepost", "sametext"], WindowMs = 60_000, MinParticipation = 5, Alpha = 0.05, MinWeight = 2, Seed = 1,
                TimeZone = "UTC", EvidencePerEdge = PairsPerLink,
            };
            var now = DateTimeOffset.UtcNow;
            var runId = store.RecordDetection(
                new AnalysisRun { Kind = RunKind.Detection, SettingsJson = "{}", ToolVersion = ToolVersion.Current, StartedAt = now, FinishedAt = now, InputPosts = postCount, InputAccounts = accountCount },
                new DetectionFindings
                {
                    Settings = settings, EdgeAlpha = 1e-4, PostsAnalysed = postCount, AccountsAnalysed = accountCount,
                    Layers = [new LayerCount("corepost", postCount / 3, 4_000_000, edges.Count), new LayerCount("sametext", postCount, 2_000_000, edges.Count / 3)],
                    Edges = edges, Clusters = clusters,
                });
            var scored = order.Select((m, i) => new Swarmscope.Core.Findings.ScoredAccount
            {
                Platform = Platform.Twitter, AccountId = Id(m), Handle = "user" + m, Rank = i + 1, Score = 10 - i * 10.0 / order.Length,
                Signals = [new SignalReading("followers", rng.Next(5), null)],
                Reasons = [new ScoreReasonFinding("handle_digits", 2.5, "handle is a name plus 8 digits"), new ScoreReasonFinding("created_burst", 1.5, "created on a day 40 other accounts were created")],
            }).ToList();
            store.RecordScore(
                new AnalysisRun { Kind = RunKind.Score, SettingsJson = "{\"clusters\":\"run " + runId + "\"}", ToolVersion = ToolVersion.Current, StartedAt = now, FinishedAt = now, InputPosts = postCount, InputAccounts = accountCount, SourceRunId = runId },
                new ScoreFindings
                {
                    Accounts = scored,
                    Farms = [.. clusters.Select(c => new FarmFinding(c.ClusterId.ToString(), rng.NextDouble(), c.Size, c.Size, 0.9, c.Density, "members score high; dense co-reposting"))],
                });
        }
        File.Move(temp, db);
    }

    private static CoordinationEdge Edge(Random rng, FindingAccount a, FindingAccount b, int ai, int bi, int[] perAccount, double q)
    {
        var evidence = new List<EvidenceReference>(PairsPerLink);
        for (var k = 0; k < PairsPerLink; k++)
            evidence.Add(new EvidenceReference("corepost", "9" + rng.NextInt64(1_000_000_000_000), PostId(ai, rng.Next(perAccount[ai])), PostId(bi, rng.Next(perAccount[bi])), rng.Next(60_000)));
        var objects = 5 + rng.Next(50);
        return new CoordinationEdge
        {
            EdgeId = 0, A = a, B = b, Weight = 1 + rng.NextDouble(), Objects = objects, Weighted = objects * 2.0, Expected = objects / 20.0,
            PValue = q / 10, QValue = q, MeanDtSeconds = rng.Next(5, 60), AFirst = objects / 2, BFirst = objects / 2, Symmetry = 0.5,
            EvidenceTotal = objects * 3,
            Layers = [new EdgeLayer { Behaviour = "corepost", Objects = objects, Weighted = objects * 2.0, Expected = objects / 20.0, PValue = q / 10, QValue = q, Pairs = objects * 3, MeanDtSeconds = rng.Next(5, 60) }],
            Evidence = evidence,
        };
    }

    private static string Id(int account) => account.ToString();
    private static string PostId(int account, int k) => $"{account}_{k}";
}
