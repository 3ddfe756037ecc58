namespace Swarmscope.Core.Tests;

public class TimeZoneOptionTests
{
    [Fact]
    public void ReadsIanaIdsAndDefaultsToUtc()
    {
        Assert.Equal(TimeZoneInfo.Utc, TimeZoneOption.Parse(null));
        Assert.Equal(TimeSpan.FromHours(5), TimeZoneOption.Parse("Asia/Almaty").GetUtcOffset(new DateTime(2025, 1, 1)));
        Assert.Equal("Europe/Moscow", TimeZoneOption.Parse(" Europe/Moscow ").Id);
    }

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("")]
    [InlineData("../../etc/passwd")]
    [InlineData("\u001b[2JAsia/Almaty")]
    public void UnknownZonesAreRefusedWithWhatToWrite(string id)
    {
        var e = Assert.Throws<ArgumentException>(() => TimeZoneOption.Parse(id));
        Assert.StartsWith("--timezone:", e.Message);
        Assert.Contains("Asia/Almaty", e.Message);
        Assert.DoesNotContain('\u001b', e.Message);
    }
}
