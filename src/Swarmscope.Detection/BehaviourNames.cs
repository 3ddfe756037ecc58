namespace Swarmscope.Detection;

/// <summary>The short names users type in --behaviours and read in edges.csv.</summary>
public static class BehaviourNames
{
    private static readonly (Behaviour Behaviour, string Name)[] Table =
    [
        (Behaviour.CoRepost, "corepost"),
        (Behaviour.CoReply, "coreply"),
        (Behaviour.CoReplyAccount, "coreplyaccount"),
        (Behaviour.CoLink, "colink"),
        (Behaviour.CoDomain, "codomain"),
        (Behaviour.CoHashtag, "cohashtag"),
        (Behaviour.CoHashtagSequence, "cohashtagseq"),
        (Behaviour.CoMention, "comention"),
        (Behaviour.IdenticalText, "sametext"),
        (Behaviour.NearDuplicateText, "neardup"),
        (Behaviour.CoImage, "coimage"),
        (Behaviour.CoPost, "copost"),
        (Behaviour.TemplatePool, "pool"),
    ];

    /// <summary>Every behaviour except co-post (pure timing), which is opt-in.</summary>
    public static IReadOnlyList<Behaviour> Defaults { get; } =
        Table.Select(t => t.Behaviour).Where(b => b != Behaviour.CoPost).ToArray();

    public static IReadOnlyList<Behaviour> All { get; } = Table.Select(t => t.Behaviour).ToArray();

    public static string Name(Behaviour behaviour)
    {
        foreach (var (b, n) in Table) if (b == behaviour) return n;
        return behaviour.ToString().ToLowerInvariant();
    }

    public static bool TryParse(string name, out Behaviour behaviour)
    {
        var n = name.Trim().ToLowerInvariant().Replace("-", "").Replace("_", "");
        foreach (var (b, bn) in Table)
        {
            if (bn == n) { behaviour = b; return true; }
        }
        // A few aliases people will type.
        (behaviour, var ok) = n switch
        {
            "coretweet" or "coforward" => (Behaviour.CoRepost, true),
            "identicaltext" or "cotext" => (Behaviour.IdenticalText, true),
            "neardupe" or "neardupetext" or "similartext" => (Behaviour.NearDuplicateText, true),
            "comedia" => (Behaviour.CoImage, true),
            "templatepool" or "textpool" => (Behaviour.TemplatePool, true),
            _ => (default, false),
        };
        return ok;
    }

    public static string AllNames => string.Join(", ", Table.Select(t => t.Name));
}
