using Swarmscope.Core;

namespace Swarmscope.Signals.Tests;

public class CreationBurstTests
{
    private static readonly DateTimeOffset Spread = new(2019, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void FiftyAccountsCreatedOnOneDayStandOutAgainstSpreadAccounts()
    {
        var accounts = new List<Account>();
        var day = new DateTimeOffset(2021, 12, 20, 10, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 50; i++) accounts.Add(Build.Account($"farm{i}", created: day.AddMinutes(i * 7)));
        for (var i = 0; i < 200; i++) accounts.Add(Build.Account($"human{i}", created: Spread.AddDays(i * 5.3)));
        var table = Build.Extract(accounts);
        var farm = table.Find(Platform.Twitter, "farm0")!["creation_burst"];
        Assert.True(farm.Value > 20, $"burst {farm.Value}");
        Assert.True(farm.PValue < 1e-20);
        Assert.Contains("49 other accounts", farm.Reason);
        for (var i = 0; i < 200; i++)
        {
            var human = table.Find(Platform.Twitter, $"human{i}")!["creation_burst"];
            Assert.True(human.PValue >= SignalCatalog.Significance, $"human{i}: p {human.PValue}");
            Assert.Null(human.Reason);
        }
    }

    [Fact]
    public void TwoAccountsSharingADayAmongManyDaysAreNoBurst()
    {
        // The case: two accounts created on one day scored as a burst at z 6.0.
        var accounts = new List<Account>();
        for (var i = 0; i < 150; i++) accounts.Add(Build.Account($"a{i}", created: Spread.AddDays(i * 17)));
        accounts.Add(Build.Account("twin", created: Spread.AddDays(17 * 40).AddHours(3)));
        var table = Build.Extract(accounts);
        var twin = table.Find(Platform.Twitter, "twin")!["creation_burst"];
        Assert.True(twin.PValue >= SignalCatalog.Significance, $"p {twin.PValue}");
        Assert.Null(twin.Reason);
        var scorer = RobustScorer.Fit(table);
        Assert.Equal(0, scorer.OrientedZ(table.Find(Platform.Twitter, "twin")!, SignalCatalog.CreationBurst));
    }

    [Fact]
    public void UnknownCreationDateIsUnknown()
    {
        var table = Build.Extract([Build.Account("a", created: null), Build.Account("b", created: Build.Epoch)]);
        Assert.Null(table.Find(Platform.Twitter, "a")!["creation_burst"].Value);
        Assert.Equal(0, table.Find(Platform.Twitter, "b")!["creation_burst"].Value);
    }
}
