using Swarmscope.Core;

namespace Swarmscope.Signals.Tests;

public class CreationBurstTests
{
    [Fact]
    public void FiftyAccountsCreatedOnOneDayStandOutAgainstSpreadAccounts()
    {
        var accounts = new List<Account>();
        var day = new DateTimeOffset(2021, 12, 20, 10, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 50; i++) accounts.Add(Build.Account($"farm{i}", created: day.AddMinutes(i * 7)));
        for (var i = 0; i < 200; i++) accounts.Add(Build.Account($"human{i}", created: new DateTimeOffset(2019, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(i * 5.3)));
        var table = Build.Extract(accounts);
        var farm = table.Find(Platform.Twitter, "farm0")!["creation_burst"];
        Assert.True(farm.Value > 20, $"burst {farm.Value}");
        Assert.Contains("49 other accounts", farm.Reason);
        for (var i = 0; i < 200; i++)
            Assert.True(table.Find(Platform.Twitter, $"human{i}")!["creation_burst"].Value < 2);
    }

    [Fact]
    public void UnknownCreationDateIsUnknown()
    {
        var table = Build.Extract([Build.Account("a", created: null), Build.Account("b", created: Build.Epoch)]);
        Assert.Null(table.Find(Platform.Twitter, "a")!["creation_burst"].Value);
        Assert.Equal(0, table.Find(Platform.Twitter, "b")!["creation_burst"].Value);
    }
}
