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
    public void RandomLookingHandleIsLessLikelyThanAName()
    {
        var table = WithHumans(Build.Account("xq7zkv0pw3j"), Build.Account("9db51e914e3697f4"));
        var random = table.Find(Platform.Twitter, "xq7zkv0pw3j")!["handle_randomness"].Value!.Value;
        var hashed = table.Find(Platform.Twitter, "9db51e914e3697f4")!["handle_randomness"].Value!.Value;
        var name = table.Find(Platform.Twitter, "annasmith")!["handle_randomness"].Value!.Value;
        Assert.True(random > name + 1, $"random {random} vs name {name}");
        Assert.True(hashed > name + 1, $"hashed {hashed} vs name {name}");
    }

    [Fact]
    public void HandleModelIsLeaveOneOut()
    {
        var model = new HandleModel();
        foreach (var h in Build.HumanHandles) model.Add(h);
        model.Add("zzqqxxjj");
        var withSelf = model.BitsPerCharacter("zzqqxxjj", leaveOut: false);
        var leftOut = model.BitsPerCharacter("zzqqxxjj");
        Assert.True(leftOut > withSelf);
        Assert.Equal(leftOut, model.BitsPerCharacter("zzqqxxjj")); // counts restored
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
