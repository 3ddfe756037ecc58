namespace Swarmscope.Narratives.Tests;

public class WatchlistTests
{
    private static readonly Watchlist List = new([
        new WatchlistTarget("tokayev", "Kassym-Jomart Tokayev", ["Tokayev", "Токаев", "Тоқаев", "Toqaev"], ["TokayevKZ"]),
        new WatchlistTarget("mamay", "Zhanbolat Mamay", ["Mamay", "Мамай", "Жанболат Мамай"], []),
    ]);

    [Theory]
    [InlineData("Слава Токаеву!", "tokayev")]
    [InlineData("Тоқаевқа дауыс береміз", "tokayev")]
    [InlineData("Toqaevtyń baǵyty durys", "tokayev")]
    [InlineData("Tokayev's speech", "tokayev")]
    [InlineData("Мамая начали очернять", "mamay")]
    [InlineData("Zhanbolat Mamay is a political prisoner", "mamay")]
    public void NamesAreFoundInEveryScriptAndInflection(string text, string expected)
    {
        var found = new HashSet<int>();
        List.FindNames(Watchlist.Words(text), found);
        Assert.Equal(expected, List.Targets[Assert.Single(found)].Id);
    }

    [Fact]
    public void UnrelatedWordsAreNotNames()
    {
        var found = new HashSet<int>();
        List.FindNames(Watchlist.Words("Токарев и мамонт"), found);
        Assert.Empty(found);
        Assert.Equal(0, List.TargetOfHandle("@tokayevkz"));
    }

    [Fact]
    public void FileErrorsNameTheLine()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "format: 1\ntargets:\n  - id: a\n    name: A\n    spelling: [x]\n");
            var e = Assert.Throws<FormatException>(() => Watchlist.Load(path));
            Assert.Contains("line 5", e.Message);
            Assert.Contains("spelling", e.Message);
        }
        finally { File.Delete(path); }
    }
}
