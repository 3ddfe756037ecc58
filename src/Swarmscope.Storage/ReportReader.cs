using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using Swarmscope.Core;
using Swarmscope.Core.Findings;

namespace Swarmscope.Storage;

/// <summary>
/// What the HTML report reads beside a run's findings: the imported files, the members' posts per time bucket, and
/// the evidence of chosen edges with what a link to the original post needs. Every query is bounded by the run's
/// clusters or by the edges asked for, never by all posts.
/// </summary>
internal static class ReportReader
{
    public static List<StoredImport> Imports(DuckDBConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT path, format, sha256, records_imported, records_rejected, finished_at FROM imports ORDER BY import_id";
        using var r = cmd.ExecuteReader();
        var list = new List<StoredImport>();
        while (r.Read())
            list.Add(new StoredImport(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt64(3), r.GetInt64(4),
                new DateTimeOffset(DateTime.SpecifyKind(r.GetDateTime(5), DateTimeKind.Utc))));
        return list;
    }

    /// <summary>Posts of each cluster's members per bucket of <paramref name="bucketMinutes"/> (UTC, counted from the epoch), ordered by cluster and bucket.</summary>
    public static IEnumerable<ActivityBucket> MemberActivity(DuckDBConnection connection, long runId, int bucketMinutes)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            SELECT m.cluster_id, floor(epoch_ms(p.time) / $bucket_ms)::BIGINT AS bucket, count(*)
            FROM cluster_members m JOIN posts p ON p.platform = m.platform AND p.account_id = m.account_id
            WHERE m.run_id = $run
            GROUP BY ALL ORDER BY 1, 2
            """;
        var bucketMs = bucketMinutes * 60_000L;
        cmd.Parameters.Add(new DuckDBParameter("run", runId));
        cmd.Parameters.Add(new DuckDBParameter("bucket_ms", (double)bucketMs));
        cmd.UseStreamingMode = true;
        using var r = cmd.ExecuteReader();
        while (r.Read()) yield return new ActivityBucket(r.GetInt32(0), r.GetInt64(1) * bucketMs, r.GetInt64(2));
    }

    /// <summary>
    /// The evidence pairs of the given edges (at most <paramref name="perEdge"/> each), ordered by edge and position,
    /// with both posts joined from the posts table, their handles, channels and whether their ids were derived.
    /// </summary>
    public static IEnumerable<EvidencePair> Evidence(DuckDBConnection connection, long runId, IReadOnlyCollection<int> edgeIds, int perEdge)
    {
        if (edgeIds.Count == 0 || perEdge <= 0) yield break;
        // The ids are integers formatted here, so the list cannot carry anything but numbers.
        var list = new StringBuilder(edgeIds.Count * 7);
        foreach (var id in edgeIds)
        {
            if (list.Length > 0) list.Append(',');
            list.Append(id.ToString(CultureInfo.InvariantCulture));
        }
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"""
            SELECT v.edge_id, v.behaviour, v.object, v.dt_ms,
                   v.post_a, pa.time, pa.time_precision, pa.kind, pa.text, ia.path, pa.source_record, pa.id_derived, pa.channel, pa.account_handle,
                   v.post_b, pb.time, pb.time_precision, pb.kind, pb.text, ib.path, pb.source_record, pb.id_derived, pb.channel, pb.account_handle
            FROM evidence v
            JOIN edges g ON g.run_id = v.run_id AND g.edge_id = v.edge_id
            LEFT JOIN posts pa ON pa.platform = g.platform_a AND pa.post_id = v.post_a
            LEFT JOIN imports ia ON ia.import_id = pa.import_id
            LEFT JOIN posts pb ON pb.platform = g.platform_b AND pb.post_id = v.post_b
            LEFT JOIN imports ib ON ib.import_id = pb.import_id
            WHERE v.run_id = $run AND v.position < $per_edge AND v.edge_id IN ({list})
            ORDER BY v.edge_id, v.position
            """;
        cmd.Parameters.Add(new DuckDBParameter("run", runId));
        cmd.Parameters.Add(new DuckDBParameter("per_edge", perEdge));
        cmd.UseStreamingMode = true;
        using var r = cmd.ExecuteReader();
        while (r.Read())
            yield return new EvidencePair(r.GetInt32(0), r.GetString(1), r.GetString(2), r.GetInt64(3), Post(r, 4, runId), Post(r, 14, runId));
    }

    private static EvidencePost Post(DuckDBDataReader r, int at, long runId)
    {
        var id = r.GetString(at);
        if (r.IsDBNull(at + 1))
            throw new InvalidDataException($"run {runId}: evidence post '{id}' is not in the posts table (was the store edited by hand?)");
        var time = new Timestamp(InvestigationStore.ToUnixMilliseconds(r.GetDateTime(at + 1)), StoreNames.ParsePrecision(r.GetString(at + 2)));
        var source = $"{(r.IsDBNull(at + 5) ? "" : r.GetString(at + 5))}:{(r.IsDBNull(at + 6) ? 0 : r.GetInt64(at + 6)).ToString(CultureInfo.InvariantCulture)}";
        return new EvidencePost(id, time, StoreNames.ParseKind(r.GetString(at + 3)), r.IsDBNull(at + 4) ? null : r.GetString(at + 4), source)
        {
            IdDerived = !r.IsDBNull(at + 7) && r.GetBoolean(at + 7),
            Channel = r.IsDBNull(at + 8) ? null : r.GetString(at + 8),
            Handle = r.IsDBNull(at + 9) ? null : r.GetString(at + 9),
        };
    }
}
