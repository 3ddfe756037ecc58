using Swarmscope.Core;

namespace Swarmscope.Detection.Tests;

public class DetectionWithoutTextTests
{
    /// <summary>The whole detection at its defaults on posts with no usable text (as `detect` runs on CooRTweet's sample).</summary>
    [Fact]
    public void DetectionAtDefaultsRunsOnPostsWithoutText()
    {
        var posts = Enumerable.Range(0, 4).Select(i => new Post
        {
            Platform = Platform.Twitter, Id = "p" + i, AccountId = "u" + (i % 2),
            Time = new Timestamp(1_700_000_000_000 + i * 1000L, TimePrecision.Second),
            Kind = PostKind.Post, Text = i < 2 ? "hello world" : null,
        }).ToList();
        var result = CoordinationDetector.Detect(posts, new DetectionOptions());
        Assert.Empty(result.Clusters);
    }
}
