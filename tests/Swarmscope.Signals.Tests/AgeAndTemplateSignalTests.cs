using Swarmscope.Core;

namespace Swarmscope.Signals.Tests;

public class AgeAndTemplateSignalTests
{
    [Fact]
    public void RatesArePerDayOfAgeUpToTheLastPost()
    {
        var created = Build.Epoch.AddDays(-100);
        var table = Build.Extract([Build.Account("a", followers: 1000, following: 50, posts: 400, created: created)],
            [Build.Post("a", Build.Epoch.AddDays(-1)), Build.Post("a", Build.Epoch)]);
        var a = table.Find(Platform.Twitter, "a")!;
        Assert.Equal(Math.Log10(1 + 1000 / 100.0), a["followers_per_day_log"].Value!.Value, 9);
        Assert.Equal(Math.Log10(1 + 50 / 100.0), a["following_per_day_log"].Value!.Value, 9);
        Assert.Equal(Math.Log10(1 + 400 / 100.0), a["posts_per_day_log"].Value!.Value, 9);
        Assert.Equal(Math.Log10(1 + 100), a["account_age_log"].Value!.Value, 9);
        Assert.Contains("1000 followers in 100 days", a["followers_per_day_log"].Reason);
    }

    [Fact]
    public void AProfileWithoutPostsIsAgedToTheNewestRecordOfItsOwnExport()
    {
        // Two exports in one investigation, collected years apart: each profile is aged to its own export's newest record.
        var old = Build.Account("old", created: new DateTimeOffset(2014, 1, 1, 0, 0, 0, TimeSpan.Zero));
        old.Provenance = new Provenance("ira.csv", 2);
        var oldNewest = Build.Account("old2", created: new DateTimeOffset(2016, 1, 1, 0, 0, 0, TimeSpan.Zero));
        oldNewest.Provenance = new Provenance("ira.csv", 3);
        var recent = Build.Account("recent", created: new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero));
        recent.Provenance = new Provenance("twibot.json", 1);
        var table = Build.Extract([old, oldNewest, recent]);
        Assert.Equal(Math.Log10(1 + 730), table.Find(Platform.Twitter, "old")!["account_age_log"].Value!.Value, 9);
        Assert.Equal(Math.Log10(2), table.Find(Platform.Twitter, "old2")!["account_age_log"].Value!.Value, 9); // one day at least
        Assert.Equal(Math.Log10(2), table.Find(Platform.Twitter, "recent")!["account_age_log"].Value!.Value, 9);
    }

    [Fact]
    public void UnknownCountsOrCreationLeaveRatesUnknown()
    {
        var table = Build.Extract([Build.Account("a", followers: null, created: Build.Epoch.AddDays(-10)), Build.Account("b", created: null)]);
        Assert.Null(table.Find(Platform.Twitter, "a")!["followers_per_day_log"].Value);
        Assert.NotNull(table.Find(Platform.Twitter, "a")!["following_per_day_log"].Value);
        Assert.Null(table.Find(Platform.Twitter, "b")!["following_per_day_log"].Value);
        Assert.Null(table.Find(Platform.Twitter, "b")!["account_age_log"].Value);
    }

    [Fact]
    public void DescriptionsFromOneTemplateAreRecycledIdentities()
    {
        var accounts = new List<Account>
        {
            Build.Account("houston", description: "Houston top news and stories, powered 24/7"),
            Build.Account("dallas", description: "Dallas top news and stories, powered 24/7"),
            Build.Account("antonio", description: "San Antonio top news and stories, powered 24/7"),
            Build.Account("teacher", description: "Teacher in Almaty, I like mountains and long walks"),
            Build.Account("nurse", description: "Nurse, mother of two, Astana. Views are my own"),
            Build.Account("short", description: "nerd"),
            Build.Account("none", description: ""),
        };
        var table = Build.Extract(accounts);
        var houston = table.Find(Platform.Twitter, "houston")!["shared_description"];
        Assert.Equal(2, houston.Value);
        Assert.Contains("near-copy of 2 other accounts'", houston.Reason);
        Assert.Equal(2, table.Find(Platform.Twitter, "antonio")!["shared_description"].Value);
        Assert.Equal(0, table.Find(Platform.Twitter, "teacher")!["shared_description"].Value);
        Assert.Equal(0, table.Find(Platform.Twitter, "short")!["shared_description"].Value);
        Assert.Null(table.Find(Platform.Twitter, "none")!["shared_description"].Value);
    }

    [Fact]
    public void ATestedSignalCountsOnlyWhenSignificantAndThenAsItsNormalQuantile()
    {
        var (accounts, posts, _) = Build.ObviousWorld();
        var table = Build.Extract(accounts, posts);
        var scorer = RobustScorer.Fit(table);
        foreach (var a in table.Accounts)
        for (var s = 0; s < SignalCatalog.Count; s++)
        {
            if (SignalCatalog.All[s].Scale != SignalScale.Test || double.IsNaN(a.Values[s])) continue;
            var z = scorer.OrientedZ(a, s);
            var p = a.PValues[s];
            if (p < SignalCatalog.Significance)
            {
                Assert.Equal(Math.Min(RobustScorer.ZCap, Swarmscope.Core.Statistics.NormalDistribution.UpperQuantile(p)), z, 9);
                Assert.NotNull(a.Reasons[s]);
            }
            else
            {
                Assert.Equal(0, z);
                Assert.Null(a.Reasons[s]);
            }
        }
    }
}
