using DuckDB.NET.Data;
using Swarmscope.Core;
using Swarmscope.Core.Findings;

namespace Swarmscope.Storage;

/// <summary>
/// Reads a stored narratives run back into <see cref="NarrativeFindings"/> (the inverse of
/// <see cref="NarrativeFindingsWriter"/>), with the original texts of the posts it shows joined from the posts table.
/// </summary>
internal static class NarrativeFindingsReader
{
    public static NarrativeFindings Read(DuckDBConnection connection, AnalysisRun run, bool templatePosts)
    {
        var id = run.RunId;
        var settings = FindingsJson.Read<NarrativeSettings>(run.SettingsJson, $"run {id} settings");

        var slotVariants = new Dictionary<(int, int), List<SlotVariant>>();
        Rows(connection, id, "SELECT template_id, slot, value, members FROM narrative_slot_variants WHERE run_id = $run ORDER BY template_id, slot, position",
            r => ListOf(slotVariants, (r.GetInt32(0), r.GetInt32(1))).Add(new SlotVariant(r.GetString(2), r.GetInt32(3))));
        var slots = new Dictionary<int, List<TemplateSlotFinding>>();
        Rows(connection, id, "SELECT template_id, slot, display, distinct_variants FROM narrative_template_slots WHERE run_id = $run ORDER BY template_id, slot",
            r => ListOf(slots, r.GetInt32(0)).Add(new TemplateSlotFinding(r.GetInt32(1), r.GetString(2), r.GetInt32(3),
                slotVariants.GetValueOrDefault((r.GetInt32(0), r.GetInt32(1))) ?? [])));
        var authors = new Dictionary<int, List<TemplateAuthor>>();
        Rows(connection, id, "SELECT template_id, platform, account_id, handle, posts FROM narrative_template_accounts WHERE run_id = $run ORDER BY template_id, position",
            r => ListOf(authors, r.GetInt32(0)).Add(new TemplateAuthor(StoreNames.ParsePlatform(r.GetString(1)), r.GetString(2), NullableString(r, 3), r.GetInt32(4))));
        var clusters = new Dictionary<int, List<ClusterCount>>();
        Rows(connection, id, "SELECT template_id, cluster_id, posts FROM narrative_template_clusters WHERE run_id = $run ORDER BY template_id, position",
            r => ListOf(clusters, r.GetInt32(0)).Add(new ClusterCount(r.GetInt32(1), r.GetInt32(2))));
        var platforms = new Dictionary<int, List<PlatformCount>>();
        Rows(connection, id, "SELECT template_id, platform, posts FROM narrative_template_platforms WHERE run_id = $run ORDER BY template_id, position",
            r => ListOf(platforms, r.GetInt32(0)).Add(new PlatformCount(StoreNames.ParsePlatform(r.GetString(1)), r.GetInt32(2))));
        var examples = new Dictionary<int, List<PostReference>>();
        var members = new Dictionary<int, List<PostReference>>();
        Rows(connection, id, $"SELECT template_id, platform, post_id, example FROM narrative_template_posts WHERE run_id = $run {(templatePosts ? "" : "AND example")} ORDER BY template_id, position", r =>
        {
            var post = Post(r, 1);
            if (r.GetBoolean(3)) ListOf(examples, r.GetInt32(0)).Add(post);
            if (templatePosts) ListOf(members, r.GetInt32(0)).Add(post);
        });
        var templates = new List<NarrativeTemplate>();
        Rows(connection, id, """
            SELECT template_id, text, posts, accounts, clustered_share, first_seen, last_seen, representative_platform, representative_post_id
            FROM narrative_templates WHERE run_id = $run ORDER BY template_id
            """, r =>
        {
            var t = r.GetInt32(0);
            templates.Add(new NarrativeTemplate
            {
                TemplateId = t, Text = r.GetString(1), PostCount = r.GetInt32(2), Accounts = r.GetInt32(3), ClusteredShare = r.GetDouble(4),
                FirstSeen = Utc(r.GetDateTime(5)), LastSeen = Utc(r.GetDateTime(6)), Representative = Post(r, 7),
                Slots = slots.GetValueOrDefault(t) ?? [], TopAccounts = authors.GetValueOrDefault(t) ?? [], Clusters = clusters.GetValueOrDefault(t) ?? [],
                Platforms = platforms.GetValueOrDefault(t) ?? [], Examples = examples.GetValueOrDefault(t) ?? [], Posts = members.GetValueOrDefault(t) ?? [],
            });
        });

        var evidence = new Dictionary<(string, int, string), List<PostReference>>();
        Rows(connection, id, "SELECT finding, finding_id, side, platform, post_id FROM narrative_evidence WHERE run_id = $run ORDER BY finding, finding_id, side, position",
            r => ListOf(evidence, (r.GetString(0), r.GetInt32(1), r.GetString(2))).Add(Post(r, 3)));
        IReadOnlyList<PostReference> Evidence(string finding, int findingId, string side = "") =>
            evidence.GetValueOrDefault((finding, findingId, side)) ?? [];

        var activity = new List<ActivityPeriodFinding>();
        Rows(connection, id, """
            SELECT period_id, subject, subject_id, label, state, start_day, end_day, posts, posts_per_day, reactivation
            FROM narrative_activity WHERE run_id = $run ORDER BY period_id
            """, r => activity.Add(new ActivityPeriodFinding
        {
            Subject = r.GetString(1), SubjectId = r.GetInt32(2), Label = r.GetString(3), Active = r.GetString(4) == "active",
            Start = r.GetFieldValue<DateOnly>(5), End = r.GetFieldValue<DateOnly>(6), Posts = r.GetInt32(7), PostsPerDay = r.GetDouble(8),
            Reactivation = r.GetBoolean(9), Evidence = Evidence("activity", r.GetInt32(0)),
        }));

        var targets = new List<TargetFinding>();
        Rows(connection, id, "SELECT target_id, label, watchlist_id, posts, accounts, praise, neutral, attack FROM narrative_targets WHERE run_id = $run ORDER BY target_rank",
            r => targets.Add(new TargetFinding(r.GetInt32(0), r.GetString(1), NullableString(r, 2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5), r.GetInt32(6), r.GetInt32(7))));
        var stancePosts = new List<TargetStancePost>();
        Rows(connection, id, "SELECT target_id, platform, post_id, how, stance, score, phrases FROM narrative_stance_posts WHERE run_id = $run",
            r => stancePosts.Add(new TargetStancePost(Post(r, 1), r.GetInt32(0), r.GetString(3), r.GetInt32(4), r.GetInt32(5), NullableString(r, 6))));
        var stances = new List<GroupStanceFinding>();
        Rows(connection, id, """
            SELECT group_kind, group_id, target_id, period_start, praise, neutral, attack, net, net_low, net_high
            FROM narrative_stance WHERE run_id = $run ORDER BY group_kind, group_id, target_id, period_start
            """, r => stances.Add(new GroupStanceFinding(r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetFieldValue<DateOnly>(3),
            r.GetInt32(4), r.GetInt32(5), r.GetInt32(6), r.GetDouble(7), r.GetDouble(8), r.GetDouble(9))));
        var flips = new List<StanceFlipFinding>();
        Rows(connection, id, """
            SELECT flip_id, group_kind, group_id, target_id,
                   before_period, before_praise, before_neutral, before_attack, before_net, before_net_low, before_net_high,
                   after_period, after_praise, after_neutral, after_attack, after_net, after_net_low, after_net_high
            FROM narrative_flips WHERE run_id = $run ORDER BY flip_id
            """, r =>
        {
            GroupStanceFinding Side(int at) => new(r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetFieldValue<DateOnly>(at), r.GetInt32(at + 1),
                r.GetInt32(at + 2), r.GetInt32(at + 3), r.GetDouble(at + 4), r.GetDouble(at + 5), r.GetDouble(at + 6));
            var f = r.GetInt32(0);
            flips.Add(new StanceFlipFinding(f, Side(4), Side(11), Evidence("flip", f, "before"), Evidence("flip", f, "after")));
        });

        var swarmClusters = new Dictionary<int, List<ClusterCount>>();
        Rows(connection, id, "SELECT swarm_id, cluster_id, accounts FROM narrative_swarm_clusters WHERE run_id = $run ORDER BY swarm_id, position",
            r => ListOf(swarmClusters, r.GetInt32(0)).Add(new ClusterCount(r.GetInt32(1), r.GetInt32(2))));
        var swarms = new List<AttackSwarmFinding>();
        Rows(connection, id, """
            SELECT swarm_id, target_id, accounts, posts, start_time, end_time, clustered_share, p_value
            FROM narrative_swarms WHERE run_id = $run ORDER BY swarm_id
            """, r =>
        {
            var s = r.GetInt32(0);
            swarms.Add(new AttackSwarmFinding
            {
                SwarmId = s, TargetId = r.GetInt32(1), Accounts = r.GetInt32(2), Posts = r.GetInt32(3), Start = Utc(r.GetDateTime(4)),
                End = Utc(r.GetDateTime(5)), ClusteredShare = r.GetDouble(6), PValue = r.GetDouble(7),
                Clusters = swarmClusters.GetValueOrDefault(s) ?? [], Evidence = Evidence("swarm", s),
            });
        });

        var frames = new List<NarrativeFrame>();
        Rows(connection, id, "SELECT frame_id, parent_id, label FROM narrative_frames WHERE run_id = $run ORDER BY position",
            r => frames.Add(new NarrativeFrame(r.GetString(0), NullableString(r, 1), r.GetString(2))));
        var framePosts = new List<FramePost>();
        Rows(connection, id, """
            SELECT f.frame_id, f.platform, f.post_id, f.score, f.phrases, f.account_id, f.handle, f.time, f.cluster_id
            FROM narrative_frame_posts f JOIN narrative_frames n ON n.run_id = f.run_id AND n.frame_id = f.frame_id
            WHERE f.run_id = $run ORDER BY f.time, f.post_id, n.position
            """, r => framePosts.Add(new FramePost(Post(r, 1), r.GetString(0), r.GetInt32(3), r.GetString(4), r.GetString(5), NullableString(r, 6),
            Utc(r.GetDateTime(7)), r.GetInt32(8))));
        var timeline = new List<FrameTimelineCell>();
        Rows(connection, id, """
            SELECT t.frame_id, t.week, t.platform, t.cluster_id, t.posts, t.accounts
            FROM narrative_frame_timeline t JOIN narrative_frames n ON n.run_id = t.run_id AND n.frame_id = t.frame_id
            WHERE t.run_id = $run ORDER BY n.position, t.week, t.platform, t.cluster_id
            """, r => timeline.Add(new FrameTimelineCell(r.GetString(0), r.GetFieldValue<DateOnly>(1), StoreNames.ParsePlatform(r.GetString(2)),
            r.GetInt32(3), r.GetInt32(4), r.GetInt32(5))));

        return new NarrativeFindings
        {
            Settings = settings, Templates = templates, Activity = activity, Targets = targets, StancePosts = stancePosts, Stances = stances,
            Flips = flips, Swarms = swarms, Frames = frames, FramePosts = framePosts, FrameTimeline = timeline, Texts = Texts(connection, id),
        };
    }

    /// <summary>Original texts of every post the run shows (not every template member), joined from the posts table.</summary>
    private static Dictionary<PostReference, string?> Texts(DuckDBConnection connection, long runId)
    {
        var texts = new Dictionary<PostReference, string?>();
        Rows(connection, runId, """
            WITH shown AS (
                SELECT representative_platform AS platform, representative_post_id AS post_id FROM narrative_templates WHERE run_id = $run
                UNION SELECT platform, post_id FROM narrative_template_posts WHERE run_id = $run AND example
                UNION SELECT platform, post_id FROM narrative_evidence WHERE run_id = $run
                UNION SELECT platform, post_id FROM narrative_frame_posts WHERE run_id = $run
            )
            SELECT p.platform::VARCHAR, p.post_id, p.text FROM posts p JOIN shown s ON p.platform = s.platform AND p.post_id = s.post_id
            """, r => texts[Post(r, 0)] = NullableString(r, 2));
        return texts;
    }

    private static PostReference Post(DuckDBDataReader r, int at) => new(StoreNames.ParsePlatform(r.GetString(at)), r.GetString(at + 1));

    private static string? NullableString(DuckDBDataReader r, int at) => r.IsDBNull(at) ? null : r.GetString(at);

    private static List<T> ListOf<TKey, T>(Dictionary<TKey, List<T>> lists, TKey key) where TKey : notnull
    {
        if (!lists.TryGetValue(key, out var list)) lists[key] = list = [];
        return list;
    }

    private static void Rows(DuckDBConnection connection, long runId, string sql, Action<DuckDBDataReader> row)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Parameters.Add(new DuckDBParameter("run", runId));
        cmd.UseStreamingMode = true;
        using var r = cmd.ExecuteReader();
        while (r.Read()) row(r);
    }

    private static DateTimeOffset Utc(DateTime t) => new(DateTime.SpecifyKind(t, DateTimeKind.Utc));
}
