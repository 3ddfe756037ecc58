namespace Swarmscope.Storage;

/// <summary>
/// The tables of an investigation file, with plain names so DuckDB's own CLI, Python or R can query them
/// (see docs/store.md). Times are TIMESTAMP holding UTC; lists are VARCHAR[]; enums are lower-case names.
/// </summary>
internal static class StoreSchema
{
    public const int Version = 5;

    /// <summary>The version before the findings tables: its posts and accounts read as today's (a read-only open can read it as it is).</summary>
    public const int FindinglessVersion = 4;

    /// <summary>
    /// Brings posts of a version 1, 2 or 3 file to version 4, in steps that each run in their own transaction
    /// (DuckDB refuses to commit an UPDATE of a table altered in the same transaction). Every step can run again on
    /// its own result, and the last one records the new version, so a migration cut short is finished on the next
    /// open. Version 2 added posts.import_id (which import brought the row; null for rows stored by version 1),
    /// appended last. Version 3 stores platform, time_precision and kind as ENUMs: changed in place, which rewrites
    /// only those three one-byte columns (5M posts: ~1 s, the file does not grow; rebuilding the table took ~8 s and
    /// doubled the file). Version 4 drops posts.source_file: a post's file is its import's path. Rows whose source
    /// file is not their import's path (the rows of version 1, which have no import) first get a recovered imports
    /// row per file (size 0, sha256 '', format <see cref="RecoveredFormat"/>), so no provenance is lost. DuckDB
    /// cannot change a column's compression method in place, so a migrated file keeps the automatic choice where a
    /// new file names one (see PostsBody): the same data, a little slower to import. Version 5 adds the findings
    /// tables (runs and what they found) in one transaction: a file is version 4 or 5, never between.
    /// </summary>
    public static IEnumerable<string[]> MigrationSteps(long fromVersion)
    {
        if (fromVersion < 4)
            foreach (var step in StepsToVersion4(fromVersion)) yield return step;
        yield return [CreateFindingsTables, $"INSERT INTO schema_version VALUES ({Version}, now()::TIMESTAMP);"];
    }

    private static IEnumerable<string[]> StepsToVersion4(long fromVersion)
    {
        if (fromVersion < 3)
        {
            yield return
            [
                "ALTER TABLE posts ADD COLUMN IF NOT EXISTS import_id BIGINT;",
                $"ALTER TABLE posts ALTER COLUMN platform TYPE {StoreNames.EnumSql(StoreNames.PlatformMembers)};",
                $"ALTER TABLE posts ALTER COLUMN time_precision TYPE {StoreNames.EnumSql(StoreNames.PrecisionMembers)};",
                $"ALTER TABLE posts ALTER COLUMN kind TYPE {StoreNames.EnumSql(StoreNames.KindMembers)};",
            ];
        }
        yield return
        [
            """
            CREATE OR REPLACE TEMP TABLE provenance_to_recover AS
                SELECT p.rowid AS post_row, p.source_file FROM posts p LEFT JOIN imports i USING (import_id)
                WHERE p.source_file IS NOT NULL AND i.path IS DISTINCT FROM p.source_file;
            """,
            $"""
            INSERT INTO imports ({ImportColumns})
                SELECT source_file, 0, '', '{RecoveredFormat}', now()::TIMESTAMP, now()::TIMESTAMP, count(*), count(*),
                    0, 0, count(*), count(*), 0, 0, 0, 0
                FROM provenance_to_recover GROUP BY source_file ORDER BY source_file;
            """,
            $"""
            UPDATE posts SET import_id = i.import_id
                FROM provenance_to_recover r, imports i
                WHERE posts.rowid = r.post_row AND i.path = r.source_file AND i.format = '{RecoveredFormat}';
            """,
            "DROP TABLE provenance_to_recover;",
        ];
        yield return
        [
            "ALTER TABLE posts DROP COLUMN source_file;",
            "INSERT INTO schema_version VALUES (4, now()::TIMESTAMP);",
        ];
    }

    /// <summary>The imports.format of rows the version 4 migration made for posts whose file had no imports row.</summary>
    public const string RecoveredFormat = "unknown (recovered by migration)";

    /// <summary>Posts columns in table order, all but the last (import_id, appended by the import itself).</summary>
    public const string PostColumns =
        "platform, post_id, account_id, account_handle, time, time_precision, kind, text, language, target_post_id, " +
        "target_account_id, urls, hashtags, mentions, media_hashes, channel, id_derived, source_record";

    /// <summary>Posts columns, then the post's file (imports.path), for a SELECT from posts LEFT JOIN imports USING (import_id).</summary>
    public const string PostColumnsWithFile = PostColumns + ", imports.path";

    /// <summary>The imports columns an import or the migration fills (all but import_id, from its sequence).</summary>
    public const string ImportColumns =
        "path, size, sha256, format, started_at, finished_at, records_read, records_imported, records_merged, " +
        "records_rejected, posts_read, posts_imported, posts_merged, accounts_read, accounts_imported, accounts_merged";

    public const string AccountColumns =
        "platform, account_id, handle, display_name, created_at, followers, following, post_count, description, " +
        "location, language, profile_image_url, profile_image_hash, verified, source_file, source_record";

    /// <summary>
    /// Posts columns. platform, time_precision and kind are ENUMs (one byte a row, alphabetical members so ORDER BY
    /// sorts by name; they compare with plain strings: kind = 'repost'). Named compression methods spare DuckDB
    /// trying the others on every row group: FSST for free text and ids (unique values), dictionary for values that
    /// repeat (authors, languages). Measured on one IRA file (valgrind, DuckDB writing 470k stored posts into a fresh
    /// file): 23% fewer instructions than VARCHAR columns with automatic choice, and a file of the same size. DuckDB
    /// keeps the methods in the file's catalog (not in duckdb_tables().sql). A post's file is stored once per import
    /// (imports.path via import_id), not per row: as a column it cost DuckDB ~0.6 CPU-s per IRA import (1.76M copies
    /// of one path, each hashed for the dictionary).
    /// </summary>
    private static readonly string PostsBody = $"""
        (
            platform          {StoreNames.EnumSql(StoreNames.PlatformMembers)} NOT NULL,
            post_id           VARCHAR   NOT NULL USING COMPRESSION fsst,
            account_id        VARCHAR   NOT NULL USING COMPRESSION dictionary,
            account_handle    VARCHAR   USING COMPRESSION dictionary,
            time              TIMESTAMP NOT NULL,
            time_precision    {StoreNames.EnumSql(StoreNames.PrecisionMembers)} NOT NULL,
            kind              {StoreNames.EnumSql(StoreNames.KindMembers)} NOT NULL,
            text              VARCHAR   USING COMPRESSION fsst,
            language          VARCHAR   USING COMPRESSION dictionary,
            target_post_id    VARCHAR,
            target_account_id VARCHAR,
            urls              VARCHAR[],
            hashtags          VARCHAR[],
            mentions          VARCHAR[],
            media_hashes      VARCHAR[],
            channel           VARCHAR,
            id_derived        BOOLEAN   NOT NULL,
            source_record     BIGINT,
            import_id         BIGINT
        """;

    private const string AccountsBody = """
        (
            platform           VARCHAR NOT NULL,
            account_id         VARCHAR NOT NULL,
            handle             VARCHAR,
            display_name       VARCHAR,
            created_at         TIMESTAMP,
            followers          BIGINT,
            following          BIGINT,
            post_count         BIGINT,
            description        VARCHAR,
            location           VARCHAR,
            language           VARCHAR,
            profile_image_url  VARCHAR,
            profile_image_hash UBIGINT,
            verified           BOOLEAN,
            source_file        VARCHAR,
            source_record      BIGINT
        """;

    // posts has no declared PRIMARY KEY: (platform, post_id) is unique by construction (every import deletes its
    // repeats before it commits), and maintaining DuckDB's ART index roughly doubled the merge time of the IRA set.
    public static readonly string CreateTables = $"""
        CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL);
        CREATE TABLE IF NOT EXISTS posts {PostsBody}
        );
        CREATE TABLE IF NOT EXISTS accounts {AccountsBody},
            PRIMARY KEY (platform, account_id)
        );
        CREATE SEQUENCE IF NOT EXISTS imports_id_seq;
        CREATE TABLE IF NOT EXISTS imports (
            import_id         BIGINT PRIMARY KEY DEFAULT nextval('imports_id_seq'),
            path              VARCHAR   NOT NULL,
            size              BIGINT    NOT NULL,
            sha256            VARCHAR   NOT NULL,
            format            VARCHAR   NOT NULL,
            started_at        TIMESTAMP NOT NULL,
            finished_at       TIMESTAMP NOT NULL,
            records_read      BIGINT    NOT NULL,
            records_imported  BIGINT    NOT NULL,
            records_merged    BIGINT    NOT NULL,
            records_rejected  BIGINT    NOT NULL,
            posts_read        BIGINT    NOT NULL,
            posts_imported    BIGINT    NOT NULL,
            posts_merged      BIGINT    NOT NULL,
            accounts_read     BIGINT    NOT NULL,
            accounts_imported BIGINT    NOT NULL,
            accounts_merged   BIGINT    NOT NULL
        );
        """;

    /// <summary>
    /// The findings of analysis runs (version 5; docs/store.md): one row per run in `runs`, and long tables tied to
    /// it by run_id, in the order the run ranked them. No keys or indexes beyond runs': every table is written once,
    /// in the run's transaction, and read by run_id. Evidence holds post ids and the shared object, never texts.
    /// </summary>
    public const string CreateFindingsTables = """
        CREATE SEQUENCE IF NOT EXISTS runs_id_seq;
        CREATE TABLE IF NOT EXISTS runs (
            run_id         BIGINT PRIMARY KEY DEFAULT nextval('runs_id_seq'),
            kind           VARCHAR   NOT NULL,
            status         VARCHAR   NOT NULL,
            settings       JSON      NOT NULL,
            summary        JSON      NOT NULL,
            tool_version   VARCHAR   NOT NULL,
            started_at     TIMESTAMP NOT NULL,
            finished_at    TIMESTAMP NOT NULL,
            input_posts    BIGINT    NOT NULL,
            input_accounts BIGINT    NOT NULL,
            source_run_id  BIGINT
        );
        CREATE TABLE IF NOT EXISTS run_layers (
            run_id BIGINT NOT NULL, position INTEGER NOT NULL, behaviour VARCHAR NOT NULL,
            actions BIGINT NOT NULL, edges_tested BIGINT NOT NULL, edges_kept BIGINT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS edges (
            run_id BIGINT NOT NULL, edge_id INTEGER NOT NULL,
            platform_a VARCHAR NOT NULL, account_a VARCHAR NOT NULL, platform_b VARCHAR NOT NULL, account_b VARCHAR NOT NULL,
            weight DOUBLE NOT NULL, objects INTEGER NOT NULL, weighted DOUBLE NOT NULL, fast_objects INTEGER NOT NULL,
            expected DOUBLE NOT NULL, p_value DOUBLE NOT NULL, q_value DOUBLE NOT NULL, mean_dt_s DOUBLE NOT NULL,
            a_first BIGINT NOT NULL, b_first BIGINT NOT NULL, symmetry DOUBLE NOT NULL, evidence_total BIGINT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS edge_layers (
            run_id BIGINT NOT NULL, edge_id INTEGER NOT NULL, position INTEGER NOT NULL, behaviour VARCHAR NOT NULL,
            objects INTEGER NOT NULL, fast_objects INTEGER NOT NULL, weighted DOUBLE NOT NULL, expected DOUBLE NOT NULL,
            p_value DOUBLE NOT NULL, q_value DOUBLE NOT NULL, a_first BIGINT NOT NULL, b_first BIGINT NOT NULL,
            pairs BIGINT NOT NULL, mean_dt_s DOUBLE NOT NULL
        );
        CREATE TABLE IF NOT EXISTS evidence (
            run_id BIGINT NOT NULL, edge_id INTEGER NOT NULL, position INTEGER NOT NULL, behaviour VARCHAR NOT NULL,
            object VARCHAR NOT NULL, dt_ms BIGINT NOT NULL, post_a VARCHAR NOT NULL, post_b VARCHAR NOT NULL
        );
        CREATE TABLE IF NOT EXISTS clusters (
            run_id BIGINT NOT NULL, cluster_id INTEGER NOT NULL, cluster_rank INTEGER NOT NULL, size INTEGER NOT NULL,
            density DOUBLE NOT NULL, internal_edges INTEGER NOT NULL, internal_weight DOUBLE NOT NULL,
            min_q_value DOUBLE NOT NULL, first_post TIMESTAMP, last_post TIMESTAMP, posts INTEGER NOT NULL,
            hour_of_day INTEGER[] NOT NULL, day_of_week INTEGER[] NOT NULL
        );
        CREATE TABLE IF NOT EXISTS cluster_members (
            run_id BIGINT NOT NULL, cluster_id INTEGER NOT NULL, member_rank INTEGER NOT NULL,
            platform VARCHAR NOT NULL, account_id VARCHAR NOT NULL, handle VARCHAR
        );
        CREATE TABLE IF NOT EXISTS cluster_behaviours (
            run_id BIGINT NOT NULL, cluster_id INTEGER NOT NULL, position INTEGER NOT NULL, behaviour VARCHAR NOT NULL, edges INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS cluster_platforms (
            run_id BIGINT NOT NULL, cluster_id INTEGER NOT NULL, position INTEGER NOT NULL, platform VARCHAR NOT NULL, posts INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS cluster_objects (
            run_id BIGINT NOT NULL, cluster_id INTEGER NOT NULL, position INTEGER NOT NULL, behaviour VARCHAR NOT NULL,
            object VARCHAR NOT NULL, members INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS cluster_texts (
            run_id BIGINT NOT NULL, cluster_id INTEGER NOT NULL, position INTEGER NOT NULL, text VARCHAR NOT NULL, members INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS account_scores (
            run_id BIGINT NOT NULL, score_rank INTEGER NOT NULL, platform VARCHAR NOT NULL, account_id VARCHAR NOT NULL,
            handle VARCHAR, score DOUBLE NOT NULL, unsupervised_score DOUBLE
        );
        CREATE TABLE IF NOT EXISTS account_signals (
            run_id BIGINT NOT NULL, platform VARCHAR NOT NULL, account_id VARCHAR NOT NULL, position INTEGER NOT NULL,
            signal VARCHAR NOT NULL, value DOUBLE, reason VARCHAR
        );
        CREATE TABLE IF NOT EXISTS score_reasons (
            run_id BIGINT NOT NULL, platform VARCHAR NOT NULL, account_id VARCHAR NOT NULL, position INTEGER NOT NULL,
            signal VARCHAR NOT NULL, contribution DOUBLE NOT NULL, reason VARCHAR NOT NULL
        );
        CREATE TABLE IF NOT EXISTS farm_likelihoods (
            run_id BIGINT NOT NULL, farm_rank INTEGER NOT NULL, cluster_id VARCHAR NOT NULL, likelihood DOUBLE NOT NULL,
            members INTEGER NOT NULL, members_scored INTEGER NOT NULL, mean_member_percentile DOUBLE NOT NULL,
            coordination_strength DOUBLE NOT NULL, reasons VARCHAR NOT NULL
        );
        """;

    /// <summary>A table with the posts columns, types and compression methods, e.g. for the benchmark's floor.</summary>
    public static string CreatePostsTable(string name) => $"CREATE TABLE {name} {PostsBody});";

    /// <summary>
    /// The SET list of the accounts merge: the import's non-null values win, a null never erases a known value, and
    /// the provenance points at the latest record that contributed. Derived from <see cref="AccountColumns"/>.
    /// </summary>
    public static readonly string AccountMergeSet = string.Join(",\n", AccountColumns.Split(", ")
        .Where(c => c is not ("platform" or "account_id"))
        .Select(c => c is "source_file" or "source_record" ? $"{c} = excluded.{c}" : $"{c} = coalesce(excluded.{c}, accounts.{c})"));

    // Accounts of one file are staged without a key, then merged field-wise with ON CONFLICT. (Posts are appended
    // straight into posts inside the file's transaction; see ImportBatch.)
    public static readonly string CreateStaging = $"""
        CREATE OR REPLACE TEMP TABLE staging_accounts {AccountsBody}
        );
        """;

    public const string DropStaging = "DROP TABLE IF EXISTS temp.staging_accounts;";
}
