namespace Swarmscope.Reports.Html.Tests;

public sealed class OriginalPostLinkTests
{
    [Theory]
    [InlineData("twitter", "1764", false, null, null, "https://twitter.com/i/web/status/1764")]
    [InlineData("twitter", "1764", true, null, null, null)]
    [InlineData("twitter", "javascript:alert(1)", false, null, null, null)]
    [InlineData("twitter", "12\"><script>", false, null, null, null)]
    [InlineData("vk", "-1_5", false, null, null, "https://vk.com/wall-1_5")]
    [InlineData("vk", "5", false, null, null, null)]
    [InlineData("telegram", "channel1/5", false, "nakedscience", null, "https://t.me/nakedscience/5")]
    [InlineData("telegram", "channel1/5", false, null, "Naked Science", null)]
    [InlineData("telegram", "channel1/5", false, "x/../evil", null, null)]
    [InlineData("reddit", "abc", false, null, null, null)]
    public void Links_are_built_only_from_well_formed_ids(string platform, string id, bool derived, string? handle, string? channel, string? expected) =>
        Assert.Equal(expected, OriginalPostLink.For(platform, id, derived, handle, channel));
}
