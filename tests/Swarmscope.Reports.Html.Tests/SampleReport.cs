namespace Swarmscope.Reports.Html.Tests;

/// <summary>A hand-built report: three clusters, hostile post texts and handles, every optional section filled.</summary>
internal static class SampleReport
{
    public const string ScriptText = "<script>window.__pwned = 1</script>";
    public const string ImgText = "<img src=x onerror=\"window.__pwned = 2\"> & </script><b>bold?</b>";
    public const string HostileHandle = "<svg onload=alert(1)>";
    public const string BidiText = "\u202Eevil reversed\u202C then \u0432\u044B\u0431\u043E\u0440 \u049B\u0430\u0437\u0430\u049B \U0001F600 lone\uD800surrogate";

    public static InvestigationReport Build(bool hostile = true, int clusters = 3, int membersPerCluster = 8)
    {
        var start = new DateTimeOffset(2024, 3, 1, 9, 0, 0, TimeSpan.Zero);
        var accounts = new List<ReportAccount>();
        var posts = new List<ReportPost>();
        var edges = new List<ReportEdge>();
        var cards = new List<ReportCluster>();
        var accountEvidence = new List<List<ReportAccountEvidence>>();
        for (var c = 0; c < clusters; c++)
            for (var m = 0; m < membersPerCluster; m++)
                accountEvidence.Add([]);
        for (var c = 0; c < clusters; c++)
        {
            var members = Enumerable.Range(c * membersPerCluster, membersPerCluster).ToList();
            var evidence = new List<ReportEvidencePair>();
            for (var i = 0; i < members.Count; i++)
                for (var j = i + 1; j < members.Count; j++)
                {
                    edges.Add(new ReportEdge(members[i], members[j], 1 + (i + j) % 3 * 0.5));
                    if (j != i + 1) continue;
                    var t = start.AddHours(c * 30 + i);
                    var text = hostile && c == 0 && i == 0 ? ScriptText : hostile && c == 0 && i == 1 ? ImgText : hostile && c == 1 && i == 0 ? BidiText : $"I made a choice for the new Kazakhstan #{c} {i}";
                    var a = Add(posts, members[i], Label(members[i], hostile), t, text);
                    var b = Add(posts, members[j], Label(members[j], hostile), t.AddSeconds(12 + i), text);
                    var pair = new ReportEvidencePair(c % 2 == 0 ? "sametext" : "corepost", c % 2 == 0 ? "i made a choice" : "twitter:1700", 12 + i, a, b);
                    evidence.Add(pair);
                    accountEvidence[members[i]].Add(new ReportAccountEvidence(pair, members[j]));
                    accountEvidence[members[j]].Add(new ReportAccountEvidence(pair with { PostA = b, PostB = a, DtSeconds = -pair.DtSeconds }, members[i]));
                }
            var heat = new int[7, 24];
            for (var d = 0; d < 5; d++) for (var h = 9; h < 18; h++) heat[d, h] = 5 + d + h;
            cards.Add(new ReportCluster
            {
                Id = (c + 1).ToString(),
                Members = members,
                InternalEdges = members.Count * (members.Count - 1) / 2,
                Density = 1,
                EvidenceStrength = 900 - c * 100,
                MinQValue = Math.Pow(10, -20 + c),
                Indicators = [new ReportIndicator(c % 2 == 0 ? "sametext" : "corepost", members.Count * (members.Count - 1) / 2, 40, 0.3, 12, 1e-20)],
                FarmLikelihood = 0.8 - c * 0.2,
                FarmReasons = "7 of 8 members flagged for empty_profile",
                Evidence = evidence,
                EvidenceTotal = evidence.Count * 3,
                FirstPost = start,
                LastPost = start.AddDays(40),
                Posts = 400,
                Timeline = Enumerable.Range(0, 40).Where(d => d % 7 < 5).Select(d => (DateOnly.FromDateTime(start.AddDays(d).UtcDateTime), 5 + d % 9)).ToList(),
                WeekdayHour = heat,
                TopObjects = [("sametext", hostile ? ImgText : "i made a choice", members.Count)],
                Templates = [(hostile ? ScriptText : "I made a choice", members.Count)],
                Targets = [(hostile ? HostileHandle : "critic", 6)],
                Stance = [new(new DateOnly(2024, 3, 1), "promotes", 20), new(new DateOnly(2024, 3, 15), "promotes", 5), new(new DateOnly(2024, 3, 15), "attacks", 18)],
                Periods = [new(start, start.AddDays(10), true, 300), new(start.AddDays(10), start.AddDays(30), false, 0), new(start.AddDays(30), start.AddDays(40), true, 100)],
            });
        }
        for (var i = 0; i < clusters * membersPerCluster; i++)
        {
            var degree = edges.Count(e => e.A == i || e.B == i);
            accounts.Add(new ReportAccount
            {
                Label = Label(i, hostile),
                Platform = "twitter",
                AccountId = (1000 + i).ToString(),
                Cluster = i / membersPerCluster,
                Score = i % 4 == 0 ? null : 2.5 - i * 0.01,
                Reasons = hostile && i == 2 ? [ScriptText] : ["empty identity: default photo, no description (3 of 5 known markers)"],
                Evidence = accountEvidence[i],
                EvidenceTotal = accountEvidence[i].Count * 3,
                Degree = degree,
            });
        }
        return new InvestigationReport
        {
            Title = hostile ? "Sample <investigation> & \"test\"" : "Sample investigation",
            GeneratedAt = start.AddDays(60),
            SoftwareVersion = "0.0.0-test",
            TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty"),
            Data = new ReportDataOverview
            {
                Posts = 12345, Accounts = 678, FirstPost = start, LastPost = start.AddDays(40),
                Platforms = [("twitter", 12345)],
                Imports = [new ReportImport(hostile ? "<posts>.csv" : "posts.csv", "swarmscope-csv", new string('a', 64), 12345, 0, start.AddDays(59))],
            },
            Runs = [new ReportRun("run-1", "detect", start.AddDays(59), [("window", "10m"), ("alpha", "0.01")], "24 accounts in 3 clusters")],
            Clusters = cards,
            Accounts = accounts,
            Posts = posts,
            Edges = edges,
            Layers = [new ReportLayer("sametext", 1000, 5000, 60), new ReportLayer("corepost", 2000, 9000, 28)],
            Significance = new ReportSignificance(0.01, 1e-4, 600, 2),
            Narratives =
            [
                new ReportSection
                {
                    Id = "frames", Title = "Narrative frames over time", Description = "Posts per frame and week.",
                    Series = [("stability", [(new DateOnly(2024, 3, 1), 10), (new DateOnly(2024, 3, 8), 30)]), (hostile ? HostileHandle : "threat", [(new DateOnly(2024, 3, 1), 5), (new DateOnly(2024, 3, 8), 2)])],
                    Columns = ["frame", "posts"], Rows = [["stability", "40"], [hostile ? ScriptText : "threat", "7"]],
                },
            ],
        };
    }

    private static string Label(int i, bool hostile) => hostile && i == 3 ? HostileHandle : $"acct_{i:000}";

    private static int Add(List<ReportPost> posts, int account, string label, DateTimeOffset time, string text)
    {
        posts.Add(new ReportPost(account, label, time, "post", text, $"https://twitter.com/i/web/status/{1_000_000 + posts.Count}", $"posts.csv:{posts.Count + 2}"));
        return posts.Count - 1;
    }
}
