using Swarmscope.Core.Codebooks;

namespace Swarmscope.Observatory.Tests;

public class DemoCodebookTests
{
    [Fact]
    public void The_demo_codebook_parses_and_has_the_report_s_two_dominant_frames()
    {
        var book = DemoObservatory.Codebook();
        Assert.Contains(book.Frames, f => f.Label.StartsWith("National security trumps human rights"));
        Assert.Contains(book.Frames, f => f.Label.StartsWith("Tokayev is the best leader"));
        Assert.Equal(CodebookFieldType.Frames, book.FindField("frames")!.Type);
        Assert.Equal(7, book.Scale.Count);
    }
}
