using Swarmscope.Core;
using Swarmscope.Core.Findings;
using Swarmscope.Reports.Html;
using StoredScore = Swarmscope.Core.Findings.ScoredAccount;
using Swarmscope.Storage;
using Swarmscope.TestSupport;

namespace Swarmscope.Investigations.Tests;

/// <summary>
/// `swarmscope report`'s use case on a small store with a hand-made detection run and score run: what the report
/// shows is what the store holds, ranked by evidence, in the chosen zone, with each account's own evidence.
/// </summary>
public sealed class BuildReportTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private string Db => _dir.File("inv.duckdb");
    private static readonly DateTimeOffset T0 = new(2022, 11, 1, 10, 10, 0, TimeSpan.Zero); // a Tuesday

    public void Dispose() => _dir.Dispose();

    // Cluster 0: four accounts with three weak links (q = 0.01 each: weight 6). Cluster 1: three accounts with three
    // strong links (q = 1e-10 each: weight 30), so the smaller cluster ranks first.
    private static readonly string[] Weak = ["w1", "w2", "w3", "w4"];
    private static readonly string[] Farm = ["f1", "f2", "f3"];

    private static FindingAccount Member(string id, int cluster) => new(Platform.Twitter, id, "@" + id + "_handle", cluster);

    private void BuildStore(bool withScores = true)
    {
        using var store = InvestigationStore.Open(Db);
        using (var batch = store.BeginImport(new ImportSource("posts.csv", 1, "0123456789abcdef", "swarmscope-csv")))
        {
            var record = 1L;
            Post Make(string id, string account, DateTimeOffset time, string text) => new()
            {
                Platform = Platform.Twitter, Id = id, AccountId = account, AccountHandle = "@" + account + "_handle",
                Time = Timestamp.FromUtc(time, TimePrecision.Second), Text = text, Provenance = new Provenance("posts.csv", ++record),
            };
            // f1 at 10:10 UTC and f2 at 10:20 UTC: in Asia/Kathmandu (UTC+5:45) 15:55 and 16:05, two different hours.
            batch.Post(Make("1001", "f1", T0, "Vote now! cc @bystander"));
            batch.Post(Make("1002", "f2", T0.AddMinutes(10), "Vote now! <script>alert(1)</script>"));
            batch.Post(Make("1003", "f3", T0.AddMinutes(11), "Vote now!"));
            foreach (var (w, i) in Weak.Select((w, i) => (w, i)))
                batch.Post(Make("200" + i, w, T0.AddDays(3).AddHours(i), "ordinary post " + i));
            batch.Commit();
        }

        var settings = new DetectionSettings { Behaviours = ["corepost", "sametext"], WindowMs = 600_000, MinParticipation = 2, Alpha = 0.01, TimeZone = "UTC", EvidencePerEdge = 5 };
        var edges = new List<CoordinationEdge>();
        void Link(FindingAccount a, FindingAccount b, double q, params EvidenceReference[] evidence) => edges.Add(new CoordinationEdge
        {
            EdgeId = edges.Count + 1, A = a, B = b, Weight = 1, Objects = 4, Expected = 0.5, PValue = q, QValue = q, EvidenceTotal = 10 + evidence.Length,
            Layers = [new EdgeLayer { Behaviour = "corepost", Objects = 4, Expected = 0.5, PValue = q, QValue = q, MeanDtSeconds = 30 }],
            Evidence = evidence,
        });
        var farm = Farm.Select(f => Member(f, 1)).ToList();
        var weak = Weak.Select(w => Member(w, 0)).ToList();
        Link(farm[0], farm[1], 1e-10, new EvidenceReference("corepost", "9999", "1001", "1002", 600_000));
        Link(farm[1], farm[2], 1e-10, new EvidenceReference("sametext", "vote now", "1002", "1003", 60_000));
        Link(farm[0], farm[2], 1e-10);
        Link(weak[0], weak[1], 0.01, new EvidenceReference("corepost", "8888", "2000", "2001", 3_600_000));
        Link(weak[1], weak[2], 0.01);
        Link(weak[2], weak[3], 0.01);
        CoordinationCluster Cluster(int id, List<FindingAccount> members, int links, double minQ) => new()
        {
            ClusterId = id, Members = members, InternalEdges = links, InternalWeight = links, MinQValue = minQ, Posts = members.Count,
            FirstPost = T0, LastPost = T0.AddDays(4), HourOfDay = new int[24], DayOfWeek = new int[7],
            TopObjects = [new SharedObject("comention", "bystander", members.Count)], TopTexts = [new SharedText("Vote now! cc @bystander", members.Count)],
        };
        var now = DateTimeOffset.UtcNow;
        var detection = store.RecordDetection(
            new AnalysisRun { Kind = RunKind.Detection, SettingsJson = "{}", ToolVersion = "test", StartedAt = now, FinishedAt = now, InputPosts = 7, InputAccounts = 7 },
            new DetectionFindings
            {
                Settings = settings, EdgeAlpha = 0.001, Layers = [new LayerCount("corepost", 7, 21, 6)], Edges = edges,
                Clusters = [Cluster(0, weak, 3, 0.01), Cluster(1, farm, 3, 1e-10)],
            });
        if (!withScores) return;
        store.RecordScore(
            new AnalysisRun { Kind = RunKind.Score, SettingsJson = "{}", ToolVersion = "test", StartedAt = now, FinishedAt = now, SourceRunId = detection },
            new ScoreFindings
            {
                Accounts = [new StoredScore
                {
                    Platform = Platform.Twitter, AccountId = "f2", Handle = "@f2_handle", Rank = 1, Score = 4.2, Signals = [],
                    Reasons = [new ScoreReasonFinding("handle_digits", 2, "handle is a name plus digits"), new ScoreReasonFinding("followers", -1, "many followers")],
                }],
                Farms = [new FarmFinding("1", 0.9, 3, 1, 0.95, 1, "members score high")],
            });
    }

    private InvestigationReport Build(ReportRequest request)
    {
        using var store = InvestigationStore.OpenReadOnly(Db);
        var run = store.LatestRun(RunKind.Detection)!;
        return StoredRunReport.Build(store, request, run, out _, CancellationToken.None);
    }

    [Fact]
    public void Clusters_are_ranked_by_evidence_weight_not_size_and_carry_their_links_evidence_and_scores()
    {
        BuildStore();
        var r = Build(new ReportRequest { Database = Db, OutFile = _dir.File("r.html") });

        Assert.Equal(["1", "0"], r.Clusters.Select(c => c.Id));
        Assert.Equal(30, r.Clusters[0].EvidenceStrength, 6);
        Assert.Equal(6, r.Clusters[1].EvidenceStrength, 6);
        Assert.Equal(7, r.Accounts.Count);
        Assert.Equal(6, r.Edges.Count);
        var farm = r.Clusters[0];
        Assert.Equal(0.9, farm.FarmLikelihood);
        var indicator = Assert.Single(farm.Indicators);
        Assert.Equal(("corepost", 3, 12L), (indicator.Behaviour, indicator.Links, indicator.SharedObjects));
        Assert.Equal(32, farm.EvidenceTotal); // 11 + 11 + 10 pairs behind the three links

        // The card shows the stored pairs with the posts' texts from the store, strongest link first.
        Assert.Equal(2, farm.Evidence.Count);
        var first = farm.Evidence[0];
        Assert.Equal(("corepost", "9999", 600.0), (first.Behaviour, first.Object, first.DtSeconds));
        Assert.Equal("Vote now! cc @bystander", r.Posts[first.PostA].Text);
        Assert.Equal("Vote now! <script>alert(1)</script>", r.Posts[first.PostB].Text);
        Assert.Equal("posts.csv:3", r.Posts[first.PostB].Source);
        Assert.Equal("https://twitter.com/i/web/status/1002", r.Posts[first.PostB].Url);

        // An account's own evidence starts with its own post, whichever side of the link it is on.
        var f2 = r.Accounts.Single(a => a.AccountId == "f2");
        Assert.Equal(2, f2.Evidence.Count);
        Assert.All(f2.Evidence, e => Assert.Equal("f2", r.Accounts[r.Posts[e.Pair.PostA].Account].AccountId));
        Assert.Equal(4.2, f2.Score);
        Assert.Equal(["handle is a name plus digits"], f2.Reasons); // reasons that lowered the score are not reasons for suspicion
        Assert.Equal(2, f2.Degree);
        Assert.Null(r.Accounts.Single(a => a.AccountId == "f1").Score);
        Assert.Equal(2, r.Runs.Count);
    }

    [Fact]
    public void Heat_map_and_timeline_are_in_the_chosen_zone_to_the_quarter_hour()
    {
        BuildStore();
        var zone = TimeZones.Find("Asia/Kathmandu"); // UTC+5:45
        var r = Build(new ReportRequest { Database = Db, OutFile = _dir.File("r.html"), TimeZone = zone });
        var farm = r.Clusters[0];
        // 10:10 UTC is 15:55 local; 10:20 and 10:21 UTC are 16:05 and 16:06 local. Tuesday is row 1 (Monday first).
        Assert.Equal(1, farm.WeekdayHour[1, 15]);
        Assert.Equal(2, farm.WeekdayHour[1, 16]);
        Assert.Equal(3, farm.WeekdayHour.Cast<int>().Sum());
        Assert.Equal([(new DateOnly(2022, 11, 1), 3)], farm.Timeline);
        Assert.Equal(zone, r.TimeZone);
        // Without a zone the detection run's zone (UTC here) is used: the same posts fall in hour 10.
        var utc = Build(new ReportRequest { Database = Db, OutFile = _dir.File("r.html") });
        Assert.Equal(3, utc.Clusters[0].WeekdayHour[1, 10]);
    }

    [Fact]
    public void Pseudonyms_replace_accounts_outside_every_finding_and_keep_the_members()
    {
        BuildStore();
        var r = Build(new ReportRequest { Database = Db, OutFile = _dir.File("r.html"), Pseudonymize = true });
        Assert.True(r.Pseudonymized);
        var text = r.Posts.Select(p => p.Text).First(t => t!.StartsWith("Vote now! cc", StringComparison.Ordinal))!;
        Assert.DoesNotContain("bystander", text);
        Assert.Matches("^Vote now! cc @acct-[a-z2-7]{8}$", text);
        var target = r.Clusters[0].Targets.Single().Target;
        Assert.Equal(text[(text.IndexOf('@') + 1)..], target); // the same pseudonym everywhere
        Assert.Contains(r.Accounts, a => a.Label == "@f1_handle");
        Assert.DoesNotContain("bystander", r.Clusters[0].Templates.Single().Text);
    }

    [Fact]
    public void The_report_file_and_its_charts_are_written_and_a_stream_gets_the_html_alone()
    {
        BuildStore(withScores: false);
        var html = _dir.File("out/report.html");
        var result = new BuildReport().Run(new ReportRequest { Database = Db, OutFile = html, Title = "Test <report>" });
        Assert.Equal(1, result.RunId);
        Assert.Null(result.ScoreRunId);
        Assert.Contains(result.Notes, n => n.Contains("No score run", StringComparison.Ordinal));
        var page = File.ReadAllText(html);
        Assert.Contains("<title>Test &lt;report&gt;</title>", page);
        Assert.Contains("Vote now! &lt;script&gt;alert(1)&lt;/script&gt;", page);
        Assert.DoesNotContain("<script>alert(1)", page);
        Assert.Equal(new FileInfo(html).Length, result.Bytes);
        Assert.Equal(_dir.File("out/report-charts"), result.ChartFolder);
        Assert.True(File.Exists(Path.Combine(result.ChartFolder!, "network.png")));
        Assert.True(File.Exists(Path.Combine(result.ChartFolder!, "cluster-1-heatmap.svg")));
        Assert.Empty(Directory.GetFiles(_dir.File("out"), ".*")); // no temporary files left

        using var stream = new MemoryStream();
        var served = new BuildReport().Run(new ReportRequest { Database = Db, Output = stream, RunId = 1 });
        Assert.Null(served.ChartFolder);
        Assert.Equal(stream.Length, served.Bytes);
        Assert.Contains("id=\"cluster-1\"", System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Stores_without_a_run_and_outputs_onto_the_store_are_refused_with_messages()
    {
        using (InvestigationStore.Open(Db)) { }
        var none = Assert.Throws<InvestigationException>(() => new BuildReport().Run(new ReportRequest { Database = Db, OutFile = _dir.File("r.html") }));
        Assert.Contains("swarmscope detect", none.Message);
        Assert.False(File.Exists(_dir.File("r.html")));

        BuildStore();
        Assert.Throws<RequestException>(() => new BuildReport().Run(new ReportRequest { Database = Db, OutFile = Db }));
        var missing = Assert.Throws<InvestigationException>(() => new BuildReport().Run(new ReportRequest { Database = Db, OutFile = _dir.File("r.html"), RunId = 9 }));
        Assert.Contains("no run 9", missing.Message);
        var scoreRun = Assert.Throws<InvestigationException>(() => new BuildReport().Run(new ReportRequest { Database = Db, OutFile = _dir.File("r.html"), RunId = 2 }));
        Assert.Contains("not a detection run", scoreRun.Message);
        Assert.Throws<RequestException>(() => new BuildReport().Run(new ReportRequest { Database = Db }));
    }
}
