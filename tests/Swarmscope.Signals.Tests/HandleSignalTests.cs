using System.Security.Cryptography;
using System.Text;
using Swarmscope.Core;

namespace Swarmscope.Signals.Tests;

public class HandleSignalTests
{
    private static SignalTable WithHumans(params Account[] extra)
    {
        var accounts = Build.HumanHandles.Select(h => Build.Account(h)).ToList();
        accounts.AddRange(extra);
        return Build.Extract(accounts);
    }

    [Fact]
    public void NameFollowedByManyDigits()
    {
        var table = WithHumans(Build.Account("anna84736251"));
        Assert.Equal(8, table.Find(Platform.Twitter, "anna84736251")!["handle_digits"].Value);
        Assert.Equal(0, table.Find(Platform.Twitter, "annasmith")!["handle_digits"].Value);
        Assert.Contains("8 digits", table.Find(Platform.Twitter, "anna84736251")!["handle_digits"].Reason);
        Assert.Equal(0, HandleModel.TrailingDigits("123456")); // a numeric id is not "name + digits"
    }

    [Fact]
    public void RandomLettersAreSignificantAndNamesAndWordsAreNot()
    {
        var table = WithHumans(Build.Account("xq7zkv0pwj3qfh"), Build.Account("marcorubio"), Build.Account("washingtonpost"), Build.Account("CNN"));
        var random = table.Find(Platform.Twitter, "xq7zkv0pwj3qfh")!["handle_randomness"];
        Assert.True(random.PValue < SignalCatalog.Significance, $"p {random.PValue}");
        Assert.Contains("looks random", random.Reason);
        foreach (var name in new[] { "marcorubio", "washingtonpost", "annasmith", "jameswalker" })
        {
            var v = table.Find(Platform.Twitter, name)!["handle_randomness"];
            Assert.True(v.PValue > 0.05, $"{name}: p {v.PValue}");
            Assert.Null(v.Reason);
        }
        // Acronyms and initials are too short to judge.
        Assert.Null(table.Find(Platform.Twitter, "CNN")!["handle_randomness"].Value);
    }

    [Fact]
    public void TheReferenceModelNeverLearnsFromTheDataSet()
    {
        // A data set of nothing but random handles does not make random handles look ordinary.
        var rng = new Random(4);
        var accounts = Enumerable.Range(0, 200).Select(_ => Build.Account(new string(Enumerable.Range(0, 12).Select(_ => (char)('a' + rng.Next(26))).ToArray()))).ToList();
        var table = Build.Extract(accounts);
        var significant = table.Accounts.Count(a => a["handle_randomness"].PValue < SignalCatalog.Significance);
        Assert.True(significant > 150, $"{significant} of 200 random handles significant");
    }

    [Fact]
    public void HeldOutPValueCountsTheHandleItself()
    {
        // 40 entries: 4 held out (every tenth), alone and in 3 pairs = 7 held-out handles.
        var entries = Enumerable.Range(0, 40).Select(i => "anna" + (char)('a' + i % 26) + "maria").ToList();
        var model = HandleModel.Train(entries);
        Assert.Equal(7, model.HeldOut);
        Assert.Equal(1.0 / 8, model.UpperTailPValue(1000));
        Assert.Equal(1.0, model.UpperTailPValue(0));
        Assert.True(HandleModel.Reference.Entries > 40_000);
        Assert.InRange(HandleModel.Reference.Calibration.Center, 2.5, 4.5);
    }

    [Theory]
    [InlineData("8a4abeede90e00b904a8d1263a1b7c60e378dc843d3afa962c0756f66f8335a4", "hexadecimal digest")] // IO archive
    [InlineData("9db51e914e3697f4", "hexadecimal digest")]
    [InlineData("5F4DCC3B5AA765D61D8327DEB882CF99", "hexadecimal digest")]
    [InlineData("123e4567-e89b-12d3-a456-426614174000", "UUID")]
    [InlineData("1234567890", "numeric id")]
    [InlineData("-1001234567890", "numeric id")]
    [InlineData("annasmith", null)]
    [InlineData("marcorubio", null)]
    [InlineData("anna84736251", null)]
    [InlineData("deadbeefcafe", null)] // 12 hex letters: too short for a digest
    [InlineData("abcdefabcdefabcdef", null)] // no digit
    [InlineData("JohnSmithTheGreatest12", null)] // base64 length, but words
    [InlineData("Aa1Aa1Aa1Aa1Aa1Aa1Aa1Aa1Aa1Aa1Aa1Aa1Aa1Aa1A", "base64 digest")] // 43 characters: a SHA-256 unpadded
    public void PseudonymRule(string handle, string? kind) => Assert.Equal(kind, HandlePseudonym.Kind(handle));

    [Fact]
    public void Base64DigestsAreRecognisedWhateverTheirContent()
    {
        var recognised = 0;
        for (var i = 0; i < 200; i++)
        {
            var digest = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes($"user{i}")));
            if (HandlePseudonym.IsPseudonym(digest)) recognised++;
        }
        // Five lower-case letters in a row occur by chance in some digests; those are left to the handle model.
        Assert.True(recognised > 120, $"{recognised} of 200");
    }

    [Fact]
    public void PseudonymisedHandlesAreLeftOutOfHandleSignals()
    {
        const string digest = "8a4abeede90e00b904a8d1263a1b7c60e378dc843d3afa962c0756f66f8335a4";
        var table = WithHumans(Build.Account(digest));
        var a = table.Find(Platform.Twitter, digest)!;
        Assert.Equal(1, a["handle_pseudonymised"].Value);
        Assert.Contains("hexadecimal digest", a["handle_pseudonymised"].Reason);
        Assert.Null(a["handle_digits"].Value);
        Assert.Null(a["handle_randomness"].Value);
        Assert.Equal(0, table.Find(Platform.Twitter, "annasmith")!["handle_pseudonymised"].Value);
        // Informational: shown, never scored.
        Assert.Equal(SignalDirection.Informational, SignalCatalog.All[SignalCatalog.HandlePseudonymised].Direction);
    }

    [Fact]
    public void HandleChangesSeenInPosts()
    {
        var t = Build.Epoch;
        var table = Build.Extract([Build.Account("42", handle: "patriot_kz")], [
            Build.Post("42", t, handle: "patriot_kz"),
            Build.Post("42", t.AddHours(1), handle: "new_kazakhstan_2022"),
            Build.Post("7", t, handle: "steady"),
            Build.Post("7", t.AddHours(1), handle: "Steady"),
        ]);
        Assert.Equal(1, table.Find(Platform.Twitter, "42")!["handle_changes"].Value);
        Assert.Contains("new_kazakhstan_2022", table.Find(Platform.Twitter, "42")!["handle_changes"].Reason);
        Assert.Equal(0, table.Find(Platform.Twitter, "7")!["handle_changes"].Value);
    }
}
