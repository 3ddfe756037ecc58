namespace Swarmscope.Investigations.Tests;

/// <summary>The one reader of --timezone (import, detect, score, train).</summary>
public class TimeZonesTests
{
    [Fact]
    public void ReadsIanaIds()
    {
        Assert.Equal(TimeSpan.FromHours(5), TimeZones.Find("Asia/Almaty").GetUtcOffset(new DateTime(2025, 1, 1)));
        Assert.Equal("Europe/Moscow", TimeZones.Find("Europe/Moscow").Id);
    }

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/localtime")]
    [InlineData("\u001b[2JAsia/Almaty")]
    [InlineData("Asia/Almaty\0")]
    public void UnknownOrHostileNamesAreRequestErrors(string id)
    {
        var e = Assert.Throws<RequestException>(() => TimeZones.Find(id));
        Assert.Contains("Asia/Almaty", e.Message);
    }
}
