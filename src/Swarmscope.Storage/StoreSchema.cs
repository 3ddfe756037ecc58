namespace Swarmscope.Storage;

/// <summary>
/// The tables of an investigation file, with plain names so DuckDB's own CLI, Python or R can query them
/// (see docs/store.md). Times are TIMESTAMP holding UTC; lists are VARCHAR[]; enums are lower-case names.
/// </summary>
internal static class StoreSchema
{
    public const int Version = 3;

    /// <summary>
    /// Brings posts of a version 1 or 2 file to version 3. Version 2 added posts.import_id (which import brought the
    /// row; null for rows stored by version 1), appended last. Version 3 stores platform, time_precision and kind as
    /// ENUMs: changed in place, which rewrites only those three one-byte columns (5M posts: ~1 s, the file does not
    /// grow; rebuilding the table took ~8 s and doubled the file). Every value carries over: the names were always
    /// members of the ENUMs. DuckDB cannot change a column's compression method in place, so a migrated file keeps
    /// the automatic choice where a new file names one (see PostsBody): the same data, a little slower to import.
    /// </summary>
    public static string[] MigrateToCurrent =>
    [
        "ALTER TABLE posts ADD COLUMN IF NOT EXISTS import_id BIGINT;",
        $"ALTER TABLE posts ALTER COLUMN platform TYPE {StoreNames.EnumSql(StoreNames.PlatformMembers)};",
        $"ALTER TABLE posts ALTER COLUMN time_precision TYPE {StoreNames.EnumSql(StoreNames.PrecisionMembers)};",
        $"ALTER TABLE posts ALTER COLUMN kind TYPE {StoreNames.EnumSql(StoreNames.KindMembers)};",
    ];

    /// <summary>Posts columns in table order, all but the last (import_id, appended by the import itself).</summary>
    public const string PostColumns =
        "platform, post_id, account_id, account_handle, time, time_precision, kind, text, language, target_post_id, " +
        "target_account_id, urls, hashtags, mentions, media_hashes, channel, id_derived, source_file, source_record";

    public const string AccountColumns =
        "platform, account_id, handle, display_name, created_at, followers, following, post_count, description, " +
        "location, language, profile_image_url, profile_image_hash, verified, source_file, source_record";

    /// <summary>
    /// Posts columns. platform, time_precision and kind are ENUMs (one byte a row, alphabetical members so ORDER BY
    /// sorts by name; they compare with plain strings: kind = 'repost'). Named compression methods spare DuckDB
    /// trying the others on every row group: FSST for free text and ids (unique values), dictionary for values that
    /// repeat (authors, languages, one source file per import). Measured on one IRA file (valgrind, DuckDB writing
    /// 470k stored posts into a fresh file): 23% fewer instructions than VARCHAR columns with automatic choice, and
    /// a file of the same size. DuckDB keeps the methods in the file's catalog (not in duckdb_tables().sql).
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
            source_file       VARCHAR   USING COMPRESSION dictionary,
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
