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
    public void A_url_start_glued_to_a_word_is_skipped_but_a_later_url_of_the_same_scheme_is_found() =>
        Assert.Equal(["HTTP://b.example/x", "www.c.example"],
            TextEntities.Urls("xhttp://a.example then HTTP://b.example/x, wwwww.no and www.c.example"));

    [Fact]
    public void EmptyTextHasNoEntities()
    {
        Assert.Empty(TextEntities.Hashtags(""));
        Assert.Empty(TextEntities.Mentions("no entities here"));
        Assert.Empty(TextEntities.Urls("http:// nothing"));
    }
}
