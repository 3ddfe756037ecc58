using Swarmscope.Core.Findings;
using Swarmscope.TestSupport;

namespace Swarmscope.Storage.Tests;

/// <summary>The query docs/store.md gives for notebooks (Python, R) runs as printed against a store with findings.</summary>
public sealed class NotebookQueryTests
{
    private const string Marker = "-- largest clusters of the latest detection run";

    /// <summary>The ```sql block of docs/store.md that starts with <see cref="Marker"/>, exactly as documented.</summary>
    private static string DocumentedQuery()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "docs", "store.md"))) dir = dir.Parent;
        Assert.NotNull(dir);
        var doc = File.ReadAllText(Path.Combine(dir.FullName, "docs", "store.md"));
        var start = doc.IndexOf(Marker, StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/store.md lost its notebook query");
        var end = doc.IndexOf("```", start, StringComparison.Ordinal);
        return doc[start..end];
    }

    [Fact]
    public void The_documented_query_lists_the_largest_clusters_with_members_and_evidence_texts()
    {
        using var dir = new TempDirectory();
        using var store = InvestigationStore.Open(dir.File("inv.duckdb"));
        Records.Import(store, "posts.csv", [Records.Post("p1", "a1", 0, text: "first <b>"), Records.Post("p2", "b1", 1), Records.Post("p3", "a1", 2), Records.Post("p4", "b1", 3)]);
        store.RecordDetection(new AnalysisRun { Kind = RunKind.Detection, SettingsJson = "{}", ToolVersion = "t", StartedAt = Records.T0, FinishedAt = Records.T0 },
            FindingsStoreTests.Sample(evidencePairs: 1));
        var latest = FindingsStoreTests.Sample(evidencePairs: 5);
        store.RecordDetection(new AnalysisRun { Kind = RunKind.Detection, SettingsJson = "{}", ToolVersion = "t", StartedAt = Records.T0, FinishedAt = Records.T0 }, latest);

        using var cmd = store.Connection.CreateCommand();
        cmd.CommandText = DocumentedQuery();
        using var r = cmd.ExecuteReader();
        var rows = new List<(int Cluster, string Members, string PostA, string TextA, string PostB)>();
        while (r.Read())
            rows.Add((r.GetInt32(r.GetOrdinal("cluster_id")), r.GetString(r.GetOrdinal("members")), r.GetString(r.GetOrdinal("post_a")),
                r.GetString(r.GetOrdinal("text_a")), r.GetString(r.GetOrdinal("post_b"))));
        // The latest run's one edge, its first 3 of 5 pairs, members strongest first (a handle where known).
        Assert.Equal(3, rows.Count);
        Assert.All(rows, row => Assert.Equal((0, "Alice \"<b>\", b1"), (row.Cluster, row.Members)));
        Assert.Equal(["p1", "p3", "p1"], rows.Select(x => x.PostA));
        Assert.Equal("first <b>", rows[0].TextA);
        Assert.Equal("p4", rows[1].PostB);
    }
}
