using System.Text.RegularExpressions;
using Swarmscope.Core.Findings;
using Swarmscope.Simulation.Narratives;
using Swarmscope.TestSupport;

namespace Swarmscope.Investigations.Tests;

/// <summary>
/// `narratives` as a recorded run: import → detect (stored) → narratives takes the stored clusters, records its run,
/// and its files are an export of the stored run; a front end reads the same run back through ReadNarrativeRun.
/// </summary>
public class NarrativesRunTests
{
    private static string MakeStore(TempDirectory dir)
    {
        new NarrativeSimulator(new NarrativeSimulationOptions { Seed = 1 }).WriteTo(dir.Path);
        var db = dir.File("case.duckdb");
        new ImportFiles().Run(new ImportRequest { Paths = [dir.File("narrative-posts.csv")], Database = db });
        return db;
    }

    [Fact]
    public void A_narratives_run_uses_the_latest_detection_run_is_stored_and_its_files_are_its_export()
    {
        using var dir = new TempDirectory();
        var db = MakeStore(dir);
        var detect = new DetectCoordination().Run(new DetectRequest { Database = db });

        var result = new RunNarratives().Run(new NarrativesRequest { Database = db, OutFolder = dir.File("narratives") });
        Assert.Equal("run", result.Clusters);
        Assert.Equal(detect.RunId, result.DetectionRunId);
        Assert.True(result.ClusteredAccounts > 0);
        Assert.True(result.Flips >= 2, $"{result.Flips} flips");

        var read = new ReadNarrativeRun().Run(new NarrativeRunRequest { Database = db });
        Assert.Equal(result.RunId, read.Run.RunId);
        Assert.Equal(RunKind.Narratives, read.Run.Kind);
        Assert.Equal(detect.RunId, read.Run.SourceRunId);
        var f = read.Findings;
        Assert.Equal(result.Templates, f.Templates.Count);
        Assert.Equal(result.Flips, f.Flips.Count);
        Assert.Equal(result.Swarms, f.Swarms.Count);
        Assert.Equal(result.DormantPeriods, f.Activity.Count(a => !a.Active));
        Assert.Equal("run", f.Settings.Clusters);
        Assert.Equal(detect.RunId, f.Settings.DetectionRunId);

        // Every item carries evidence posts, and every evidence post shown has its original text from the store.
        Assert.All(f.Flips, x => { Assert.NotEmpty(x.BeforePosts); Assert.NotEmpty(x.AfterPosts); Assert.NotNull(f.TextOf(x.AfterPosts[0])); });
        Assert.All(f.Swarms, s => { Assert.True(s.Evidence.Count >= 5); Assert.All(s.Evidence, p => Assert.NotNull(f.TextOf(p))); });
        Assert.All(f.Activity.Where(a => a.Posts > 0), a => Assert.NotEmpty(a.Evidence));
        Assert.All(f.Templates, t => { Assert.NotNull(f.TextOf(t.Representative)); Assert.NotEmpty(t.Examples); });
        Assert.NotEmpty(f.StancePosts);

        // What a person reads is made of posts' own words, never the folded comparison key (issue 18 item 6):
        // every fixed word of a template's text occurs in its representative post.
        foreach (var t in f.Templates.Take(20))
        {
            var original = f.TextOf(t.Representative)!;
            var fixedText = Regex.Replace(t.Text, @"\{[^}]*\}", " ");
            foreach (var word in Regex.Matches(fixedText, @"\w+").Select(m => m.Value))
                Assert.True(original.Contains(word, StringComparison.Ordinal), $"template {t.TemplateId}: '{word}' is not in '{original}' (text: {t.Text})");
        }

        // The files of --out are the export of the stored run, byte for byte.
        var export = new ExportRun().Run(new ExportRequest { Database = db, RunId = result.RunId, OutFolder = dir.File("export") });
        Assert.Equal(RunNarratives.Files.Order(), export.Files.Order());
        foreach (var file in RunNarratives.Files)
            Assert.Equal(File.ReadAllBytes(Path.Combine(dir.File("narratives"), file)), File.ReadAllBytes(Path.Combine(dir.File("export"), file)));
    }

    [Fact]
    public void Without_a_detection_run_there_are_no_clusters_and_the_run_says_so()
    {
        using var dir = new TempDirectory();
        var db = MakeStore(dir);
        var events = new List<InvestigationEvent>();
        var result = new RunNarratives().Run(new NarrativesRequest { Database = db }, new Progress(events));
        Assert.Equal("none", result.Clusters);
        Assert.Null(result.DetectionRunId);
        Assert.Equal(0, result.ClusteredAccounts);
        Assert.Contains(events.OfType<Notice>(), n => n.Text.Contains("detect", StringComparison.Ordinal));
        var read = new ReadNarrativeRun().Run(new NarrativeRunRequest { Database = db, RunId = result.RunId, TemplatePosts = true });
        Assert.DoesNotContain(read.Findings.Activity, a => a.Subject == NarrativeSubjects.Cluster);
        Assert.Equal(read.Findings.Templates.Sum(t => t.PostCount), read.Findings.Templates.Sum(t => t.Posts.Count));
    }

    [Fact]
    public void A_detection_run_id_that_is_not_a_detection_run_is_refused()
    {
        using var dir = new TempDirectory();
        var db = MakeStore(dir);
        var first = new RunNarratives().Run(new NarrativesRequest { Database = db, NoClusters = true });
        var e = Assert.Throws<InvestigationException>(() => new RunNarratives().Run(new NarrativesRequest { Database = db, DetectionRunId = first.RunId }));
        Assert.Contains("not a detection run", e.Message, StringComparison.Ordinal);
        Assert.Throws<RequestException>(() => new RunNarratives().Run(new NarrativesRequest { Database = db, NoClusters = true, DetectionRunId = 1 }));
    }

    private sealed class Progress(List<InvestigationEvent> events) : IProgress<InvestigationEvent>
    {
        public void Report(InvestigationEvent value) { lock (events) events.Add(value); }
    }
}
