using Swarmscope.Core.Findings;
using Swarmscope.Detection;

namespace Swarmscope.Investigations;

/// <summary>
/// The one place where Detection's result becomes the stored findings model (Core.Findings), so Storage and Reports
/// never see Detection's types. Detection may change its result types; only this file follows.
/// </summary>
internal static class DetectionFindingsMap
{
    public static DetectionFindings From(DetectionResult result, bool windowEstimated = false)
    {
        var c = result.Corpus;
        var o = result.Options;
        var accounts = new FindingAccount?[c.AccountCount];
        FindingAccount Account(int a) =>
            accounts[a] ??= new FindingAccount(c.AccountPlatforms[a], c.AccountIds[a], c.AccountHandles[a], result.ClusterOfAccount[a]);

        var edges = new List<CoordinationEdge>(result.Edges.Count);
        foreach (var e in result.Edges)
        {
            var expected = 0.0;
            foreach (var l in e.Layers) expected += l.Expected;
            var evidence = new List<EvidenceReference>(e.Evidence.Count);
            foreach (var item in e.Evidence)
                evidence.Add(new EvidenceReference(BehaviourNames.Name(item.Behaviour), item.ObjectKey, c.Posts[item.PostA].Id, c.Posts[item.PostB].Id, item.DtMs));
            edges.Add(new CoordinationEdge
            {
                EdgeId = edges.Count + 1, A = Account(e.A), B = Account(e.B), Weight = e.Weight, Objects = e.TotalWeight, Weighted = e.IdfWeight,
                FastObjects = e.FastWeight, Expected = expected, PValue = e.MinPValue, QValue = e.MinQValue, MeanDtSeconds = e.MeanAbsDtMs / 1000.0,
                AFirst = e.AFirst, BFirst = e.BFirst, Symmetry = e.Symmetry, EvidenceTotal = e.EvidenceTotal,
                Layers = e.Layers.Select(l => new EdgeLayer
                {
                    Behaviour = BehaviourNames.Name(l.Behaviour), Objects = l.Edge.Weight, FastObjects = l.Edge.FastWeight, Weighted = l.Edge.IdfWeight,
                    Expected = l.Expected, PValue = l.PValue, QValue = l.QValue, AFirst = l.Edge.AFirst, BFirst = l.Edge.BFirst, Pairs = l.Edge.Pairs,
                    MeanDtSeconds = l.Edge.MeanAbsDtMs / 1000.0,
                }).ToList(),
                Evidence = evidence,
            });
        }

        var clusters = result.Clusters.Select(s => new CoordinationCluster
        {
            ClusterId = s.Id, Members = s.Members.Select(Account).ToList(), InternalEdges = s.InternalEdges, InternalWeight = s.InternalWeight,
            MinQValue = s.MinQValue, FirstPost = s.FirstPost, LastPost = s.LastPost, Posts = s.Posts, HourOfDay = s.HourOfDay, DayOfWeek = s.DayOfWeek,
            Behaviours = s.Behaviours.Select(kv => new BehaviourCount(BehaviourNames.Name(kv.Key), kv.Value)).ToList(),
            Platforms = s.Platforms.Select(kv => new PlatformCount(kv.Key, kv.Value)).ToList(),
            TopObjects = s.TopObjects.Select(t => new SharedObject(BehaviourNames.Name(t.Behaviour), t.Object, t.Members)).ToList(),
            TopTexts = s.TopTexts.Select(t => new SharedText(t.Text, t.Members)).ToList(),
        }).ToList();

        return new DetectionFindings
        {
            Settings = new DetectionSettings
            {
                Behaviours = o.Behaviours.Select(BehaviourNames.Name).ToList(), WindowMs = o.WindowMs, WindowEstimated = windowEstimated,
                FastWindowMs = o.FastWindowMs, MinParticipation = o.MinParticipation, Alpha = o.Alpha, MinWeight = o.MinWeight,
                Percentile = o.Percentile, Seed = o.Seed, Resolution = o.Resolution, TimeZone = o.TimeZone.Id, EvidencePerEdge = o.EvidencePerEdge,
            },
            EdgeAlpha = result.EdgeAlpha, PostsAnalysed = c.Posts.Length, AccountsAnalysed = c.AccountCount,
            Layers = result.Layers.Select(l => new LayerCount(BehaviourNames.Name(l.Behaviour), l.Actions, l.Tested, l.Kept)).ToList(),
            Edges = edges, Clusters = clusters,
        };
    }
}
