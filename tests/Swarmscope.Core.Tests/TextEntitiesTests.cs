using Swarmscope.Core;

namespace Swarmscope.Core.Tests;

public class TextEntitiesTests
{
    [Fact]
    public void FindsHashtagsInAnyScript() =>
        Assert.Equal(["freetennessee", "казахстан", "new_kz"], TextEntities.Hashtags("We're back #FreeTennessee, #Казахстан! #new_kz #1 C#"));

    [Fact]
    public void FindsMentionsButNotEmails() =>
        Assert.Equal(["10_gop", "назарбаев"], TextEntities.Mentions("follow @10_gop and @Назарбаев; mail a@b.com or x@y.org"));

    [Fact]
    public void FindsUrlsAndTrimsPunctuation() =>
        Assert.Equal(["https://t.co/kmb1JOSVbg", "www.example.com/a"], TextEntities.Urls("see https://t.co/kmb1JOSVbg. and (www.example.com/a)"));

    [Fact]
    public void EmptyTextHasNoEntities()
    {
        Assert.Empty(TextEntities.Hashtags(""));
        Assert.Empty(TextEntities.Mentions("no entities here"));
        Assert.Empty(TextEntities.Urls("http:// nothing"));
    }
}
