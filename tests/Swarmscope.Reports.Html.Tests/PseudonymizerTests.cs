namespace Swarmscope.Reports.Html.Tests;

public sealed class PseudonymizerTests
{
    private static readonly Pseudonymizer P = new(new string('1', 64), ["FarmBot1", "12345"]);

    [Fact]
    public void Accounts_outside_findings_get_stable_pseudonyms_and_findings_keep_their_handles()
    {
        Assert.Equal("FarmBot1", P.Label("FarmBot1"));
        Assert.Equal("farmbot1", P.Label("farmbot1"));
        var critic = P.Label("Critic_KZ");
        Assert.Matches("^acct-[a-z2-7]{8}$", critic);
        Assert.Equal(critic, P.Label("@critic_kz"));
        Assert.Equal(critic, new Pseudonymizer(new string('1', 64), []).Pseudonym("critic_kz"));
        Assert.NotEqual(critic, new Pseudonymizer(new string('2', 64), []).Pseudonym("critic_kz"));
        Assert.NotEqual(critic, P.Label("critic_kz2"));
    }

    [Fact]
    public void Mentions_in_texts_and_account_objects_are_replaced()
    {
        var text = P.Text("RT @Critic_KZ: shame on @FarmBot1 and @other! mail me@example.com");
        Assert.Equal($"RT @{P.Pseudonym("critic_kz")}: shame on @FarmBot1 and @{P.Pseudonym("other")}! mail me@example.com", text);
        Assert.Equal(P.Pseudonym("critic_kz"), P.Object("comention", "critic_kz"));
        Assert.Equal("twitter:12345", P.Object("coreplyaccount", "twitter:12345"));
        Assert.Equal(P.Pseudonym("twitter:777"), P.Object("coreplyaccount", "twitter:777"));
        Assert.Equal("https://example.com/a", P.Object("colink", "https://example.com/a"));
    }
}
