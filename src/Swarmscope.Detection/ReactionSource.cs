namespace Swarmscope.Detection;

/// <summary>
/// The <em>source</em> of an action on a reaction layer: whose post was reposted or replied to (corepost, coreply), or
/// the account itself when the object is an account (coreplyaccount, comention). Which sources an account reacts to
/// is what it follows, not evidence of coordination: <see cref="CoActionNull"/> conditions on it, so a star's fans
/// or news channels that forward each other are expected to co-act on their sources' posts. Behaviours whose
/// objects are authored by the actors themselves (texts, links, hashtags, images) have no source.
/// </summary>
public static class ReactionSource
{
    /// <summary>True for the layers whose actions react to another account's post or to an account.</summary>
    public static bool Applies(Behaviour behaviour) =>
        behaviour is Behaviour.CoRepost or Behaviour.CoReply or Behaviour.CoReplyAccount or Behaviour.CoMention;

    /// <summary>Per row of <paramref name="table"/>, a dense source id, or −1 when the source is unknown (e.g. a repost whose original's author the export does not give); null for layers without sources.</summary>
    public static int[]? OfRows(ActionTable table, PostCorpus corpus)
    {
        if (!Applies(table.Behaviour)) return null;
        var source = new int[table.Count];
        if (table.Behaviour is Behaviour.CoReplyAccount or Behaviour.CoMention)
        {
            // The object is an account: it is its own source.
            for (var i = 0; i < table.Count; i++) source[i] = table.Object[i];
            return source;
        }
        var ids = new Dictionary<(Core.Platform, string), int>();
        for (var i = 0; i < table.Count; i++)
        {
            var p = corpus.Posts[table.Post[i]];
            if (string.IsNullOrEmpty(p.TargetAccountId)) { source[i] = -1; continue; }
            if (!ids.TryGetValue((p.Platform, p.TargetAccountId), out var id)) ids[(p.Platform, p.TargetAccountId)] = id = ids.Count;
            source[i] = id;
        }
        return source;
    }
}
