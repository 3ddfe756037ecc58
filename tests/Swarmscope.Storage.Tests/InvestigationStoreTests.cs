using DuckDB.NET.Data;
using Swarmscope.Core;
using Swarmscope.TestSupport;

namespace Swarmscope.Storage.Tests;

public sealed class InvestigationStoreTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private string Db => _dir.File("inv.duckdb");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Open_creates_schema_readable_by_plain_sql()
    {
        using (var store = InvestigationStore.Open(Db))
        {
            Assert.Equal(StoreSchema.Version, store.SchemaVersion);
            Records.Import(store, "f1", [Records.Post("1")]);
        }
        using var c = new DuckDBConnection($"Data Source={Db}");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT platform, post_id, kind, time_precision, strftime(time, '%Y-%m-%d %H:%M') FROM posts";
        using var r = cmd.ExecuteReader();
        Assert.True(r.Read());
        Assert.Equal("twitter", r.GetString(0));
        Assert.Equal("1", r.GetString(1));
        Assert.Equal("post", r.GetString(2));
        Assert.Equal("second", r.GetString(3));
        Assert.Equal("2024-03-01 10:00", r.GetString(4));
    }

    [Fact]
    public void Every_post_and_account_field_round_trips_including_nulls_unicode_and_hostile_text()
    {
        const string hostile = "'; DROP TABLE posts; -- \"quoted\" ; \\ \n\r\t new line, comma; Казахстан 🇰🇿 \0 end";
        var full = new Post
        {
            Platform = Platform.Telegram, Id = "p'1;--", AccountId = "acc\"1", AccountHandle = "Назарбаев_KZ",
            Time = new Timestamp(1_700_000_000_123, TimePrecision.Millisecond), Kind = PostKind.Forward,
            Text = hostile, Language = "ru", TargetPostId = "t1", TargetAccountId = "ta1",
            Urls = ["https://example.com/a?x=1", "https://пример.рф/"], Hashtags = ["выборы", "kz"], Mentions = ["o'brien"],
            MediaHashes = ["0123456789abcdef"], Channel = "chan; DROP", IdDerived = true,
            Provenance = new Provenance("dir/it's.json", 42),
        };
        var sparse = new Post
        {
            Platform = Platform.VK, Id = "2", AccountId = "b", Time = new Timestamp(-86_400_000, TimePrecision.Day),
            Provenance = new Provenance("x", 7),
        };
        var account = new Account
        {
            Platform = Platform.Telegram, Id = "acc\"1", Handle = "h", DisplayName = hostile,
            CreatedAt = new DateTimeOffset(2011, 5, 6, 7, 8, 9, TimeSpan.Zero), Followers = 0, Following = 12, PostCount = 3,
            Description = "bio", Location = "Алматы", Language = "kk", ProfileImageUrl = "https://img/x.jpg",
            ProfileImageHash = ulong.MaxValue, Verified = false, Provenance = new Provenance("a.json", 3),
        };
        var bare = new Account { Platform = Platform.VK, Id = "b", Provenance = new Provenance("y", 1) };
        using (var store = InvestigationStore.Open(Db)) Records.Import(store, "f", [full, sparse], [account, bare]);

        using var reopened = InvestigationStore.Open(Db);
        var posts = reopened.ReadPosts().ToDictionary(p => p.Id);
        AssertSamePost(full, posts[full.Id]);
        AssertSamePost(sparse, posts[sparse.Id]);
        var accounts = reopened.ReadAccounts().ToDictionary(a => a.Id);
        AssertSameAccount(account, accounts[account.Id]);
        AssertSameAccount(bare, accounts[bare.Id]);
    }

    [Fact]
    public void Empty_strings_stay_empty_and_lists_holding_separator_characters_or_empty_elements_round_trip()
    {
        // Separator-like characters, quotes, newlines and empty elements are ordinary data and must round-trip exactly
        // (posts once reached DuckDB through a temporary CSV where they were special).
        var odd = new Post
        {
            Platform = Platform.Twitter, Id = "\"odd\"\n,id", AccountId = "a", AccountHandle = "",
            Time = new Timestamp(1_700_000_000_000, TimePrecision.Second), Text = "",
            Urls = ["\u001Estarts-with-marker", "q\"uote\r\nnewline,comma"], Hashtags = ["a\u001Fb", "x"],
            Mentions = ["", "m"], MediaHashes = [], Channel = "\"\"", Provenance = new Provenance("", 1),
        };
        var plain = new Post
        {
            Platform = Platform.Twitter, Id = "plain", AccountId = "a", Time = new Timestamp(0, TimePrecision.Second),
            Urls = ["https://example.com/a b"], Hashtags = ["only"], Provenance = new Provenance("p", 2),
        };
        using (var store = InvestigationStore.Open(Db)) Records.Import(store, "f", [odd, plain]);
        using var reopened = InvestigationStore.Open(Db);
        var posts = reopened.ReadPosts().ToDictionary(p => p.Id);
        AssertSamePost(odd, posts[odd.Id]);
        AssertSamePost(plain, posts[plain.Id]);
    }

    private static void AssertSamePost(Post e, Post a)
    {
        Assert.Equal(e.Platform, a.Platform);
        Assert.Equal(e.Id, a.Id);
        Assert.Equal(e.AccountId, a.AccountId);
        Assert.Equal(e.AccountHandle, a.AccountHandle);
        Assert.Equal(e.Time, a.Time);
        Assert.Equal(e.Kind, a.Kind);
        Assert.Equal(e.Text?.Replace('\0', '\uFFFD'), a.Text); // NUL cannot pass the appender; see docs/store.md
        Assert.Equal(e.Language, a.Language);
        Assert.Equal(e.TargetPostId, a.TargetPostId);
        Assert.Equal(e.TargetAccountId, a.TargetAccountId);
        Assert.Equal(e.Urls, a.Urls);
        Assert.Equal(e.Hashtags, a.Hashtags);
        Assert.Equal(e.Mentions, a.Mentions);
        Assert.Equal(e.MediaHashes, a.MediaHashes);
        Assert.Equal(e.Channel, a.Channel);
        Assert.Equal(e.IdDerived, a.IdDerived);
        Assert.Equal(e.Provenance, a.Provenance);
    }

    private static void AssertSameAccount(Account e, Account a)
    {
        Assert.Equal(e.Platform, a.Platform);
        Assert.Equal(e.Id, a.Id);
        Assert.Equal(e.Handle, a.Handle);
        Assert.Equal(e.DisplayName?.Replace('\0', '\uFFFD'), a.DisplayName);
        Assert.Equal(e.CreatedAt, a.CreatedAt);
        Assert.Equal(e.Followers, a.Followers);
        Assert.Equal(e.Following, a.Following);
        Assert.Equal(e.PostCount, a.PostCount);
        Assert.Equal(e.Description, a.Description);
        Assert.Equal(e.Location, a.Location);
        Assert.Equal(e.Language, a.Language);
        Assert.Equal(e.ProfileImageUrl, a.ProfileImageUrl);
        Assert.Equal(e.ProfileImageHash, a.ProfileImageHash);
        Assert.Equal(e.Verified, a.Verified);
        Assert.Equal(e.Provenance, a.Provenance);
    }

    [Fact]
    public void Importing_the_same_records_twice_adds_nothing_and_counts_them_as_merged()
    {
        using var store = InvestigationStore.Open(Db);
        var posts = Enumerable.Range(0, 10_000).Select(i => Records.Post(i.ToString(), "a" + (i % 7), i)).ToList();
        var first = Records.Import(store, "f1", posts, [Records.Account("a1")]);
        Assert.Equal((10_000L, 10_000L, 0L), (first.PostsRead, first.PostsImported, first.PostsMerged));
        var second = Records.Import(store, "f2", posts, [Records.Account("a1")]);
        Assert.Equal((10_000L, 0L, 10_000L), (second.PostsRead, second.PostsImported, second.PostsMerged));
        Assert.Equal((1L, 0L, 1L), (second.AccountsRead, second.AccountsImported, second.AccountsMerged));
        var stats = store.Stats();
        Assert.Equal(10_000, stats.Posts);
        Assert.Equal(1, stats.Accounts);
        Assert.Equal(2, stats.Imports);
    }

    [Fact]
    public void Overlapping_exports_merge_by_platform_and_id_keeping_the_first_post()
    {
        using var store = InvestigationStore.Open(Db);
        Records.Import(store, "f1", [Records.Post("1", text: "first"), Records.Post("2")]);
        var s = Records.Import(store, "f2", [Records.Post("2", text: "second copy"), Records.Post("3"), Records.Post("1", platform: Platform.VK)]);
        Assert.Equal(2, s.PostsImported);
        Assert.Equal(1, s.PostsMerged);
        var posts = store.ReadPosts().ToList();
        Assert.Equal(4, posts.Count);
        Assert.Equal("post 2", posts.Single(p => p.Id == "2").Text);
    }

    [Fact]
    public void Duplicates_within_one_file_count_as_merged_and_the_first_copy_wins()
    {
        using var store = InvestigationStore.Open(Db);
        var posts = new List<Post>();
        for (var i = 0; i < 9000; i++) posts.Add(Records.Post((i % 3000).ToString(), text: "copy " + (i / 3000)));
        var s = Records.Import(store, "f", posts);
        Assert.Equal((9000L, 3000L, 6000L), (s.PostsRead, s.PostsImported, s.PostsMerged));
        Assert.All(store.ReadPosts(), p => Assert.Equal("copy 0", p.Text));
        var again = Records.Import(store, "g", posts.Take(4000));
        Assert.Equal((4000L, 0L, 4000L), (again.PostsRead, again.PostsImported, again.PostsMerged));
        Assert.Equal(0, store.Scalar("SELECT count(*) - count(DISTINCT (platform, post_id)) FROM posts"));
        Assert.Equal(3000, store.Scalar("SELECT count(*) FROM posts"));
    }

    [Fact]
    public void Accounts_merge_field_wise_newer_non_null_values_win()
    {
        using var store = InvestigationStore.Open(Db);
        var old = Records.Account("a");
        old.Handle = "old"; old.Followers = 10; old.Description = "kept";
        Records.Import(store, "f1", [], [old]);
        var newer = Records.Account("a");
        newer.Handle = "new"; newer.Following = 5;
        var within1 = Records.Account("b"); within1.Followers = 1; within1.Handle = "b1";
        var within2 = Records.Account("b"); within2.Followers = 2;
        var s = Records.Import(store, "f2", [], [newer, within1, within2]);
        Assert.Equal((3L, 1L, 2L), (s.AccountsRead, s.AccountsImported, s.AccountsMerged));
        var accounts = store.ReadAccounts().ToDictionary(x => x.Id);
        Assert.Equal("new", accounts["a"].Handle);
        Assert.Equal(10, accounts["a"].Followers);
        Assert.Equal(5, accounts["a"].Following);
        Assert.Equal("kept", accounts["a"].Description);
        Assert.Equal(2, accounts["b"].Followers);
        Assert.Equal("b1", accounts["b"].Handle);
    }

    [Fact]
    public void An_import_abandoned_or_failing_mid_file_leaves_the_store_unchanged()
    {
        using var store = InvestigationStore.Open(Db);
        Records.Import(store, "f1", [Records.Post("keep")], [Records.Account("a1")]);
        var file = _dir.Write("bad.txt", string.Join('\n', Enumerable.Range(0, 20_000).Select(i => $"{i},x{i % 5},{i % 100}")) + "\nTHROW\n1,z,1\n");
        Assert.Throws<InvalidOperationException>(() => ImportQueue.ImportFile(store, FakeFormat.File(file)));
        using (var batch = store.BeginImport(new ImportSource("mem.csv", 0, "abc", "test")))
            for (var i = 0; i < 5000; i++) batch.Post(Records.Post("g" + i)); // disposed without commit
        var stats = store.Stats();
        Assert.Equal(1, stats.Posts);
        Assert.Equal(1, stats.Accounts);
        Assert.Equal(1, stats.Imports);
        // and the store still works
        Assert.Equal(20_000, ImportQueue.ImportFile(store, FakeFormat.File(_dir.Write("ok.txt", string.Join('\n', Enumerable.Range(0, 20_000).Select(i => $"{i},x,{i}"))))).PostsImported);
    }

    [Fact]
    public void A_bad_record_stops_the_import_with_file_record_field_and_reason_and_changes_nothing()
    {
        using var store = InvestigationStore.Open(Db);
        var file = _dir.Write("in.txt", "1,a,1\n2,a,2\nBAD\n3,a,3\n");
        var e = Assert.Throws<ImportRejectedException>(() => ImportQueue.ImportFile(store, FakeFormat.File(file)));
        Assert.Contains("in.txt", e.Message);
        Assert.Contains("line/record 3", e.Message);
        Assert.Contains("'minute'", e.Message);
        Assert.Contains("not a number", e.Message);
        Assert.Equal(0, store.Stats().Posts);

        var rejected = new List<RejectedRecord>();
        var s = ImportQueue.ImportFile(store, FakeFormat.File(file), onRejected: rejected.Add);
        Assert.Equal((3L, 1L), (s.PostsImported, s.Rejected));
        Assert.Equal(3, Assert.Single(rejected).Record);
    }

    [Fact]
    public void The_same_file_imported_again_is_recognised_and_adds_nothing()
    {
        using var store = InvestigationStore.Open(Db);
        var file = _dir.Write("in.txt", "1,a,1\n2,b,2\n");
        var first = ImportQueue.ImportFile(store, FakeFormat.File(file));
        Assert.False(first.AlreadyImported);
        var again = ImportQueue.ImportFile(store, FakeFormat.File(file));
        Assert.True(again.AlreadyImported);
        var forced = ImportQueue.ImportFile(store, FakeFormat.File(file), force: true);
        Assert.Equal((2L, 0L, 2L), (forced.PostsRead, forced.PostsImported, forced.PostsMerged));
        Assert.Equal(2, store.Stats().Posts);
    }

    [Fact]
    public void Stats_count_posts_per_platform_kind_and_month()
    {
        using var store = InvestigationStore.Open(Db);
        var posts = new List<Post>
        {
            Records.Post("1"), Records.Post("2", minute: 60 * 24 * 40), Records.Post("3", platform: Platform.VK),
        };
        posts[1].Kind = PostKind.Repost;
        Records.Import(store, "f", posts, [Records.Account("a1"), Records.Account("a2")]);
        var s = store.Stats();
        Assert.Equal(3, s.Posts);
        Assert.Equal(2, s.Accounts);
        Assert.Equal(new Dictionary<string, long> { ["twitter"] = 2, ["vk"] = 1 }, s.Platforms);
        Assert.Equal(new Dictionary<string, long> { ["post"] = 2, ["repost"] = 1 }, s.Kinds);
        Assert.Equal(new Dictionary<string, long> { ["2024-03"] = 2, ["2024-04"] = 1 }, s.Months);
    }

    [Fact]
    public void ReadPosts_streams_ordered_by_platform_account_and_time()
    {
        using var store = InvestigationStore.Open(Db);
        Records.Import(store, "f", [Records.Post("1", "b", 5), Records.Post("2", "a", 9), Records.Post("3", "a", 1), Records.Post("4", "a", 1, Platform.VK)]);
        Assert.Equal(["3", "2", "1", "4"], store.ReadPosts().Select(p => p.Id).ToArray());
        Assert.Equal(["4"], store.ReadPosts(Platform.VK).Select(p => p.Id).ToArray());
    }

    /// <summary>
    /// DuckDB opens an existing CSV or JSON file as an in-memory database over it: an export named after --db by
    /// mistake took a whole import, reported success, and kept nothing. Such a file is refused, and left untouched.
    /// </summary>
    [Theory]
    [InlineData("export.csv", "object_id,account_id,content_id,timestamp_share\nA,u1,c1,1609459200\n", true)]
    [InlineData("messages.json", "[{\"message_id\": 1, \"sender_id\": -100, \"text\": \"hi\"}]", true)]
    [InlineData("tweets.csv.gz", "\u001f\u008b\u0008\u0000binary", false)]
    public void A_file_that_is_not_a_DuckDB_database_is_refused_and_left_untouched(string name, string content, bool text)
    {
        var path = _dir.Write(name, content);
        var before = File.ReadAllBytes(path);
        var e = Assert.Throws<InvestigationFileException>(() => InvestigationStore.Open(path));
        Assert.StartsWith($"{path}: not an investigation file", e.Message);
        Assert.Equal(text, e.Message.Contains("starts like text"));
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.False(File.Exists(path + ".wal"));
    }

    /// <summary>An empty file is refused by name (DuckDB refuses it as "not a valid database" or, named .csv, opens it in memory).</summary>
    [Theory]
    [InlineData("new.duckdb")]
    [InlineData("empty.csv")]
    public void An_empty_file_is_refused_with_what_to_do(string name)
    {
        var path = _dir.Write(name, "");
        var e = Assert.Throws<InvestigationFileException>(() => InvestigationStore.Open(path));
        Assert.Contains("the file is empty", e.Message);
        Assert.Equal(0, new FileInfo(path).Length);
    }
}
