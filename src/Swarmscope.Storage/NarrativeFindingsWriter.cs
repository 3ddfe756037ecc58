using DuckDB.NET.Data;
using Swarmscope.Core.Findings;

namespace Swarmscope.Storage;

/// <summary>
/// Writes a narratives run and its findings in ONE transaction (tables in <see cref="StoreSchema.CreateNarrativeTables"/>),
/// like the other runs (<see cref="FindingsWriter"/>): a run is visible only when complete. Evidence is post ids;
/// texts stay in the posts table.
/// </summary>
internal static class NarrativeFindingsWriter
{
    public static long Write(InvestigationStore store, AnalysisRun run, NarrativeFindings f)
    {
        var connection = store.Connection;
        using var transaction = connection.BeginTransaction();
        var runId = FindingsWriter.InsertRun(connection, run);
        WriteTemplates(connection, runId, f.Templates);
        using (var evidence = connection.CreateAppender("narrative_evidence"))
        {
            WriteActivity(connection, evidence, runId, f.Activity);
            WriteStance(connection, evidence, runId, f);
            WriteSwarms(connection, evidence, runId, f.Swarms);
        }
        WriteFrames(connection, runId, f);
        transaction.Commit();
        return runId;
    }

    private static void WriteTemplates(DuckDBConnection connection, long runId, IReadOnlyList<NarrativeTemplate> templates)
    {
        using var rows = connection.CreateAppender("narrative_templates");
        using var slots = connection.CreateAppender("narrative_template_slots");
        using var variants = connection.CreateAppender("narrative_slot_variants");
        using var accounts = connection.CreateAppender("narrative_template_accounts");
        using var clusters = connection.CreateAppender("narrative_template_clusters");
        using var platforms = connection.CreateAppender("narrative_template_platforms");
        using var posts = connection.CreateAppender("narrative_template_posts");
        var examples = new HashSet<PostReference>();
        foreach (var t in templates)
        {
            rows.CreateRow().AppendValue(runId).AppendValue(t.TemplateId).AppendValue(StoredText.Clean(t.Text)).AppendValue(t.PostCount)
                .AppendValue(t.Accounts).AppendValue(t.ClusteredShare).AppendValue(t.FirstSeen.UtcDateTime).AppendValue(t.LastSeen.UtcDateTime)
                .AppendValue(StoreNames.Of(t.Representative.Platform)).AppendValue(StoredText.Clean(t.Representative.PostId)).EndRow();
            foreach (var s in t.Slots)
            {
                slots.CreateRow().AppendValue(runId).AppendValue(t.TemplateId).AppendValue(s.Index).AppendValue(StoredText.Clean(s.Display))
                    .AppendValue(s.DistinctVariants).EndRow();
                for (var i = 0; i < s.Variants.Count; i++)
                    variants.CreateRow().AppendValue(runId).AppendValue(t.TemplateId).AppendValue(s.Index).AppendValue(i)
                        .AppendValue(StoredText.Clean(s.Variants[i].Value)).AppendValue(s.Variants[i].Count).EndRow();
            }
            for (var i = 0; i < t.TopAccounts.Count; i++)
            {
                var a = t.TopAccounts[i];
                accounts.CreateRow().AppendValue(runId).AppendValue(t.TemplateId).AppendValue(i).AppendValue(StoreNames.Of(a.Platform))
                    .AppendValue(StoredText.Clean(a.AccountId)).AppendValue(StoredText.Clean(a.Handle)).AppendValue(a.Posts).EndRow();
            }
            for (var i = 0; i < t.Clusters.Count; i++)
                clusters.CreateRow().AppendValue(runId).AppendValue(t.TemplateId).AppendValue(i).AppendValue(t.Clusters[i].ClusterId)
                    .AppendValue(t.Clusters[i].Count).EndRow();
            for (var i = 0; i < t.Platforms.Count; i++)
                platforms.CreateRow().AppendValue(runId).AppendValue(t.TemplateId).AppendValue(i).AppendValue(StoreNames.Of(t.Platforms[i].Platform))
                    .AppendValue(t.Platforms[i].Posts).EndRow();
            examples.Clear();
            foreach (var e in t.Examples) examples.Add(e);
            // Members in time order; examples are among them (a template read without members still has its examples).
            var members = t.Posts.Count > 0 ? t.Posts : t.Examples;
            for (var i = 0; i < members.Count; i++)
                posts.CreateRow().AppendValue(runId).AppendValue(t.TemplateId).AppendValue(i).AppendValue(StoreNames.Of(members[i].Platform))
                    .AppendValue(StoredText.Clean(members[i].PostId)).AppendValue(examples.Contains(members[i])).EndRow();
        }
    }

    private static void WriteActivity(DuckDBConnection connection, DuckDBAppender evidence, long runId, IReadOnlyList<ActivityPeriodFinding> periods)
    {
        using var rows = connection.CreateAppender("narrative_activity");
        for (var k = 0; k < periods.Count; k++)
        {
            var a = periods[k];
            var id = k + 1;
            rows.CreateRow().AppendValue(runId).AppendValue(id).AppendValue(a.Subject).AppendValue(a.SubjectId).AppendValue(StoredText.Clean(a.Label))
                .AppendValue(a.Active ? "active" : "dormant").AppendValue(a.Start).AppendValue(a.End).AppendValue(a.Posts).AppendValue(a.PostsPerDay)
                .AppendValue(a.Reactivation).EndRow();
            Evidence(evidence, runId, "activity", id, "", a.Evidence);
        }
    }

    private static void WriteStance(DuckDBConnection connection, DuckDBAppender evidence, long runId, NarrativeFindings f)
    {
        using (var targets = connection.CreateAppender("narrative_targets"))
        {
            for (var i = 0; i < f.Targets.Count; i++)
            {
                var t = f.Targets[i];
                targets.CreateRow().AppendValue(runId).AppendValue(t.TargetId).AppendValue(i + 1).AppendValue(StoredText.Clean(t.Label))
                    .AppendValue(StoredText.Clean(t.WatchlistId)).AppendValue(t.Posts).AppendValue(t.Accounts).AppendValue(t.Praise)
                    .AppendValue(t.Neutral).AppendValue(t.Attack).EndRow();
            }
        }
        using (var posts = connection.CreateAppender("narrative_stance_posts"))
        {
            foreach (var p in f.StancePosts)
                posts.CreateRow().AppendValue(runId).AppendValue(p.TargetId).AppendValue(StoreNames.Of(p.Post.Platform)).AppendValue(StoredText.Clean(p.Post.PostId))
                    .AppendValue(p.How).AppendValue(p.Stance).AppendValue(p.Score).AppendValue(StoredText.Clean(p.Phrases)).EndRow();
        }
        using (var stance = connection.CreateAppender("narrative_stance"))
        {
            foreach (var s in f.Stances)
                stance.CreateRow().AppendValue(runId).AppendValue(s.Group).AppendValue(s.GroupId).AppendValue(s.TargetId).AppendValue(s.PeriodStart)
                    .AppendValue(s.Praise).AppendValue(s.Neutral).AppendValue(s.Attack).AppendValue(s.Net).AppendValue(s.NetLow).AppendValue(s.NetHigh)
                    .AppendValue(s.Sign).EndRow();
        }
        using var flips = connection.CreateAppender("narrative_flips");
        foreach (var x in f.Flips)
        {
            var b = x.Before;
            var a = x.After;
            flips.CreateRow().AppendValue(runId).AppendValue(x.FlipId).AppendValue(x.Group).AppendValue(x.GroupId).AppendValue(x.TargetId)
                .AppendValue(b.PeriodStart).AppendValue(b.Praise).AppendValue(b.Neutral).AppendValue(b.Attack).AppendValue(b.Net).AppendValue(b.NetLow).AppendValue(b.NetHigh)
                .AppendValue(a.PeriodStart).AppendValue(a.Praise).AppendValue(a.Neutral).AppendValue(a.Attack).AppendValue(a.Net).AppendValue(a.NetLow).AppendValue(a.NetHigh)
                .EndRow();
            Evidence(evidence, runId, "flip", x.FlipId, "before", x.BeforePosts);
            Evidence(evidence, runId, "flip", x.FlipId, "after", x.AfterPosts);
        }
    }

    private static void WriteSwarms(DuckDBConnection connection, DuckDBAppender evidence, long runId, IReadOnlyList<AttackSwarmFinding> swarms)
    {
        using var rows = connection.CreateAppender("narrative_swarms");
        using var clusters = connection.CreateAppender("narrative_swarm_clusters");
        foreach (var s in swarms)
        {
            rows.CreateRow().AppendValue(runId).AppendValue(s.SwarmId).AppendValue(s.TargetId).AppendValue(s.Accounts).AppendValue(s.Posts)
                .AppendValue(s.Start.UtcDateTime).AppendValue(s.End.UtcDateTime).AppendValue(s.ClusteredShare).AppendValue(s.PValue).EndRow();
            for (var i = 0; i < s.Clusters.Count; i++)
                clusters.CreateRow().AppendValue(runId).AppendValue(s.SwarmId).AppendValue(i).AppendValue(s.Clusters[i].ClusterId)
                    .AppendValue(s.Clusters[i].Count).EndRow();
            Evidence(evidence, runId, "swarm", s.SwarmId, "", s.Evidence);
        }
    }

    private static void WriteFrames(DuckDBConnection connection, long runId, NarrativeFindings f)
    {
        using (var frames = connection.CreateAppender("narrative_frames"))
        {
            for (var i = 0; i < f.Frames.Count; i++)
                frames.CreateRow().AppendValue(runId).AppendValue(i).AppendValue(StoredText.Clean(f.Frames[i].FrameId))
                    .AppendValue(StoredText.Clean(f.Frames[i].ParentId)).AppendValue(StoredText.Clean(f.Frames[i].Label)).EndRow();
        }
        using (var posts = connection.CreateAppender("narrative_frame_posts"))
        {
            foreach (var p in f.FramePosts)
                posts.CreateRow().AppendValue(runId).AppendValue(StoredText.Clean(p.FrameId)).AppendValue(StoreNames.Of(p.Post.Platform))
                    .AppendValue(StoredText.Clean(p.Post.PostId)).AppendValue(p.Score).AppendValue(StoredText.Clean(p.Phrases))
                    .AppendValue(StoredText.Clean(p.AccountId)).AppendValue(StoredText.Clean(p.Handle)).AppendValue(p.Time.UtcDateTime).AppendValue(p.ClusterId).EndRow();
        }
        using var timeline = connection.CreateAppender("narrative_frame_timeline");
        foreach (var c in f.FrameTimeline)
            timeline.CreateRow().AppendValue(runId).AppendValue(StoredText.Clean(c.FrameId)).AppendValue(c.Week).AppendValue(StoreNames.Of(c.Platform))
                .AppendValue(c.ClusterId).AppendValue(c.Posts).AppendValue(c.Accounts).EndRow();
    }

    private static void Evidence(DuckDBAppender evidence, long runId, string finding, int id, string side, IReadOnlyList<PostReference> posts)
    {
        for (var i = 0; i < posts.Count; i++)
            evidence.CreateRow().AppendValue(runId).AppendValue(finding).AppendValue(id).AppendValue(side).AppendValue(i)
                .AppendValue(StoreNames.Of(posts[i].Platform)).AppendValue(StoredText.Clean(posts[i].PostId)).EndRow();
    }
}
