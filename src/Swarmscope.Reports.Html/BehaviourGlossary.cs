namespace Swarmscope.Reports.Html;

/// <summary>What each detection behaviour means, in the words the report uses for readers outside the team.</summary>
public static class BehaviourGlossary
{
    private static readonly Dictionary<string, (string Short, string Meaning)> Entries = new(StringComparer.OrdinalIgnoreCase)
    {
        ["corepost"] = ("co-repost", "both reposted or forwarded the same post within the window"),
        ["coreply"] = ("co-reply", "both replied to the same post within the window (swarm replies)"),
        ["coreplyaccount"] = ("co-reply to an account", "both replied to the same account within the window, across its posts (swarming a person)"),
        ["colink"] = ("co-link", "both shared the same web address within the window"),
        ["codomain"] = ("co-domain", "both linked to the same website within the window"),
        ["cohashtag"] = ("co-hashtag", "both used the same hashtag within the window"),
        ["cohashtagseq"] = ("same hashtag sequence", "both used the same ordered sequence of two or more hashtags on the same day"),
        ["comention"] = ("co-mention", "both mentioned the same account within the window"),
        ["sametext"] = ("identical text", "both posted the same text (after normalising case, spacing, links and look-alike letters) within the window"),
        ["neardup"] = ("near-duplicate text", "both posted variants of one template (\"I made a choice…\" / \"We made a choice…\") within the window"),
        ["coimage"] = ("co-image", "both posted the same image within the window"),
        ["copost"] = ("co-posting", "both posted anything within the window (pure timing; weak on its own)"),
    };

    public static string Short(string behaviour) => Entries.TryGetValue(behaviour, out var e) ? e.Short : behaviour;

    public static string Meaning(string behaviour) => Entries.TryGetValue(behaviour, out var e) ? e.Meaning : "a co-action behaviour of the detection engine";

    public static IEnumerable<(string Name, string Short, string Meaning)> All => Entries.Select(kv => (kv.Key, kv.Value.Short, kv.Value.Meaning));
}
