using Swarmscope.Core;

namespace Swarmscope.Ingest.Tests;

public class TimestampParserTests
{
    private static readonly TimeZoneInfo Moscow = TimeZoneInfo.CreateCustomTimeZone("MSK", TimeSpan.FromHours(3), "MSK", "MSK");

    [Theory]
    [InlineData("0", 0L, TimePrecision.Second)]
    [InlineData("59", 59_000L, TimePrecision.Second)]
    [InlineData(" 60 ", 60_000L, TimePrecision.Second)]
    [InlineData("15126.505", 15_126_505L, TimePrecision.Millisecond)]
    [InlineData("15126.5059", 15_126_505L, TimePrecision.Millisecond)]
    [InlineData(".25", 250L, TimePrecision.Millisecond)]
    [InlineData("-90.5", -90_500L, TimePrecision.Millisecond)]
    [InlineData("1600000000", 1_600_000_000_000L, TimePrecision.Second)]
    [InlineData("253402300799", null, null)]
    [InlineData("1623881091123", null, null)]
    [InlineData("99999999999", 99_999_999_999_000L, TimePrecision.Second)]
    [InlineData("-99999999999", null, null)]
    [InlineData("1e5", null, null)]
    [InlineData("12.", null, null)]
    [InlineData(".", null, null)]
    [InlineData("-", null, null)]
    [InlineData("2024-03-01", null, null)]
    [InlineData("", null, null)]
    public void Seconds_on_any_origin_keep_their_differences(string input, long? expectedMs, TimePrecision? precision)
    {
        var ok = TimestampParser.TryParseSeconds(System.Text.Encoding.UTF8.GetBytes(input), out var ts);
        Assert.Equal(expectedMs is not null, ok);
        if (!ok) return;
        Assert.Equal((expectedMs!.Value, precision!.Value), (ts.UnixMilliseconds, ts.Precision));
    }

    [Theory]
    [InlineData("5138-01-01T00:00:00Z")]
    [InlineData("0001-01-01")]
    [InlineData("1969-12-31T23:59:59Z")]
    [InlineData("3000-01-01T00:00:00Z")]
    [InlineData("99999999999")]   // Unix seconds in the year 5138
    [InlineData("12/31/1960 10:00")]
    public void Implausible_calendar_times_are_not_timestamps(string input)
    {
        // Issue 13: VK's importer refused such dates while every CSV format accepted them.
        Assert.False(TimestampParser.TryParse(input, TimeZoneInfo.Utc, out _), input);
        Assert.True(TimestampParser.TryParse("2999-12-31T23:59:59Z", TimeZoneInfo.Utc, out _));
        Assert.True(TimestampParser.TryParse("1970-01-01T00:00:00Z", TimeZoneInfo.Utc, out _));
    }

    [Theory]
    [InlineData("2024-03-01T10:00:00.123Z", "2024-03-01T10:00:00.1230000+00:00", TimePrecision.Millisecond)]
    [InlineData("2024-03-01T10:00:00Z", "2024-03-01T10:00:00+00:00", TimePrecision.Second)]
    [InlineData("2024-03-01T13:00:00+03:00", "2024-03-01T10:00:00+00:00", TimePrecision.Second)]
    [InlineData("2024-03-01T05:00:00-0500", "2024-03-01T10:00:00+00:00", TimePrecision.Second)]
    [InlineData("2024-03-01 13:00:00 +03", "2024-03-01T10:00:00+00:00", TimePrecision.Second)]
    [InlineData("2024-03-01 10:00:00 UTC", "2024-03-01T10:00:00+00:00", TimePrecision.Second)]
    [InlineData("2024-03-01T10:00:00.1234567Z", "2024-03-01T10:00:00.1230000+00:00", TimePrecision.Millisecond)]
    [InlineData("2024-03-01 10:00:00", "2024-03-01T10:00:00+00:00", TimePrecision.Second)]
    [InlineData("2015-09-27 11:46", "2015-09-27T11:46:00+00:00", TimePrecision.Minute)]
    [InlineData("2024-03-01", "2024-03-01T00:00:00+00:00", TimePrecision.Day)]
    [InlineData("10/1/17 19:58", "2017-10-01T19:58:00+00:00", TimePrecision.Minute)]
    [InlineData("12/31/2016 23:59:59", "2016-12-31T23:59:59+00:00", TimePrecision.Second)]
    [InlineData("3/7/2018 1:05 PM", "2018-03-07T13:05:00+00:00", TimePrecision.Minute)]
    [InlineData("3/7/2018", "2018-03-07T00:00:00+00:00", TimePrecision.Day)]
    [InlineData("Tue Aug 11 07:50:45 +0000 2009", "2009-08-11T07:50:45+00:00", TimePrecision.Second)]
    [InlineData("Thu Dec 29 11:31:09 +0300 2011", "2011-12-29T08:31:09+00:00", TimePrecision.Second)]
    [InlineData("1623881091", "2021-06-16T22:04:51+00:00", TimePrecision.Second)]
    [InlineData("1623881091123", "2021-06-16T22:04:51.1230000+00:00", TimePrecision.Millisecond)]
    [InlineData("1623881091.5", "2021-06-16T22:04:51.5000000+00:00", TimePrecision.Millisecond)]
    [InlineData("Tue, 11 Aug 2009 07:50:45 GMT", "2009-08-11T07:50:45+00:00", TimePrecision.Second)]
    [InlineData("2016-12-31T24:00:00Z", "2017-01-01T00:00:00+00:00", TimePrecision.Second)]
    public void Parses_known_spellings_with_their_precision(string input, string expectedUtc, TimePrecision precision)
    {
        Assert.True(TimestampParser.TryParse(input, TimeZoneInfo.Utc, out var ts), input);
        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), ts.Utc);
        Assert.Equal(precision, ts.Precision);
        // The byte path gives the same answer as the char path.
        Assert.True(TimestampParser.TryParse(System.Text.Encoding.UTF8.GetBytes(input), TimeZoneInfo.Utc, out var fromBytes));
        Assert.Equal(ts, fromBytes);
    }

    [Fact]
    public void Zone_less_values_use_the_assumed_zone_and_explicit_zones_ignore_it()
    {
        Assert.True(TimestampParser.TryParse("2024-03-01 13:00:00", Moscow, out var local));
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 10, 0, 0, TimeSpan.Zero), local.Utc);
        Assert.True(TimestampParser.TryParse("10/1/17 19:58", Moscow, out var us));
        Assert.Equal(new DateTimeOffset(2017, 10, 1, 16, 58, 0, TimeSpan.Zero), us.Utc);
        Assert.True(TimestampParser.TryParse("2024-03-01T13:00:00Z", Moscow, out var utc));
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 13, 0, 0, TimeSpan.Zero), utc.Utc);
        Assert.True(TimestampParser.TryParse("1623881091", Moscow, out var unix)); // unix time has no zone
        Assert.Equal(1623881091_000, unix.UnixMilliseconds);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2024-02-30 10:00:00")]
    [InlineData("2024-13-01")]
    [InlineData("2024-03-01 25:00")]
    [InlineData("2024-03-01T10:00:00+99:00")]
    [InlineData("13/45/17 19:58")]
    [InlineData("9.06E+17")]
    [InlineData("2017")]
    [InlineData("12345")]
    [InlineData("Tue Foo 11 07:50:45 +0000 2009")]
    public void Rejects_what_is_not_a_time(string input)
    {
        Assert.False(TimestampParser.TryParse(input, TimeZoneInfo.Utc, out _), input);
    }

    [Fact]
    public void Agrees_with_the_framework_on_random_iso_values()
    {
        var rng = new Random(11);
        for (var i = 0; i < 2000; i++)
        {
            var t = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMilliseconds(rng.NextInt64(0, 30L * 365 * 86_400_000));
            var offset = TimeSpan.FromMinutes(rng.Next(-12 * 4, 14 * 4) * 15);
            var text = t.ToOffset(offset).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(TimestampParser.TryParse(text, TimeZoneInfo.Utc, out var ts), text);
            Assert.Equal(t.ToUnixTimeMilliseconds(), ts.UnixMilliseconds);
        }
    }
}
