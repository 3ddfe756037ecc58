using System.Text;
using Swarmscope.Text;
using Swarmscope.Simulation;

namespace Swarmscope.Text.Tests;

/// <summary>The grouper on the simulator's world: planted templated-text groups are found, organic posts are not grouped.</summary>
public class NearDuplicateOnSimulatedDataTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void PlantedTemplateGroupsAreFoundAndOrganicPostsStayApart(int seed)
    {
        var posts = new StringWriter();
        var truth = new StringWriter();
        new CoordinationSimulator(new SimulationOptions { Seed = seed, Accounts = 600, Posts = 15_000, GroupsPerKind = 2 })
            .Write(posts, new StringWriter(), truth);
        var groupOf = new Dictionary<string, string>();
        foreach (var row in Csv(truth.ToString()).Skip(1)) groupOf[row[0]] = row[1];

        // Original posts only: reposts carry their source's text and are co-repost evidence, not templates.
        var texts = new List<string?>();
        var times = new List<long>();
        var authors = new List<string>();
        foreach (var row in Csv(posts.ToString()).Skip(1))
        {
            if (row[5] != "post") continue;
            texts.Add(row[6]);
            times.Add(DateTimeOffset.Parse(row[4], System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds());
            authors.Add(row[2]);
        }
        var result = NearDuplicateGrouper.Group(texts, times.ToArray(), new NearDuplicateOptions());

        var organicPosts = 0;
        var organicGrouped = 0;
        var templateMembers = new HashSet<string>();
        var templateMembersGrouped = new HashSet<string>();
        var mixedPairs = 0;
        for (var i = 0; i < texts.Count; i++)
        {
            var planted = groupOf.TryGetValue(authors[i], out var g);
            if (!planted) { organicPosts++; if (result.GroupOfPost[i] >= 0) organicGrouped++; }
            if (planted && g!.StartsWith("template-", StringComparison.Ordinal)) templateMembers.Add(authors[i]);
        }
        foreach (var pair in result.Pairs)
        {
            var ga = groupOf.GetValueOrDefault(authors[pair.A]);
            var gb = groupOf.GetValueOrDefault(authors[pair.B]);
            if (ga != gb) mixedPairs++;
            if (ga is not null && ga == gb && ga.StartsWith("template-", StringComparison.Ordinal))
            {
                templateMembersGrouped.Add(authors[pair.A]);
                templateMembersGrouped.Add(authors[pair.B]);
            }
        }
        Assert.Equal(templateMembers.Count, templateMembersGrouped.Count);
        Assert.Equal(0, mixedPairs);
        Assert.True(organicGrouped <= organicPosts / 100, $"{organicGrouped} of {organicPosts} organic posts grouped");
    }

    private static List<string[]> Csv(string content)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < content.Length && content[i + 1] == '"') { field.Append('"'); i++; }
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add(row.ToArray()); row = []; }
            else field.Append(c);
        }
        return rows;
    }
}
