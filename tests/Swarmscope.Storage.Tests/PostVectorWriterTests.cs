using Swarmscope.Core;
using Swarmscope.TestSupport;

namespace Swarmscope.Storage.Tests;

/// <summary>
/// Posts reach DuckDB through hand-written vectors (PostVectorWriter): strings of up to 12 UTF-8 bytes are laid out
/// inline in DuckDB's 16-byte string record, longer ones point into the writer's own string heap, which grows
/// within a chunk and is reused by the next; lists share one child vector per chunk. These tests aim at the edges of
/// that layout.
/// </summary>
public sealed class PostVectorWriterTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    public void Dispose() => _dir.Dispose();

    public static TheoryData<string, string> Strings => new()
    {
        { "empty", "" },
        { "12 ASCII bytes (inline)", "abcdefghijkl" },
        { "13 ASCII bytes (heap)", "abcdefghijklm" },
        { "11 bytes + a 2-byte char = 13", "abcdefghijké" },
        { "10 bytes + a 2-byte char = 12", "abcdefghijé" },
        { "emoji (4 bytes each)", "🤖🤖🤖" },
        { "Cyrillic", "Выборы прошли честно" },
        { "quotes, separators, newlines", "\"a\",\u001Fb\u001E\r\nc" },
        { "1 MB", new string('x', 1 << 20) + "end" },
    };

    [Theory]
    [MemberData(nameof(Strings))]
    public void Strings_round_trip_exactly_inline_or_on_the_heap(string what, string value)
    {
        _ = what;
        using var store = InvestigationStore.Open(_dir.File("s.duckdb"));
        var post = Records.Post("p", text: value);
        post.AccountHandle = value;
        post.Urls = [value, value + "2"];
        post.Channel = value;
        Records.Import(store, "f", [post]);
        var stored = store.ReadPosts().Single();
        Assert.Equal(value, stored.Text);
        Assert.Equal(value, stored.AccountHandle);
        Assert.Equal([value, value + "2"], stored.Urls);
        Assert.Equal(value, stored.Channel);
    }

    [Fact]
    public void Long_strings_of_many_chunks_round_trip_while_the_string_heap_grows_and_is_reused()
    {
        // Chunks of 2,048 posts whose strings need from a few KB to ~12 MB of UTF-8 (the heap starts at 1 MB), in an
        // order that makes a chunk outgrow its heap mid-way, then reuse the grown heap, then need less again.
        var random = new Random(7);
        string[] alphabet = ["a", "b", "c", "x", " ", "#", "@", "/", ":", ".", "Вы", "ё", "é", "🤖"];
        var posts = new List<Post>();
        var chunkBudgets = new[] { 10, 3000, 40, 2000, 0, 3000 };
        for (var chunk = 0; chunk < chunkBudgets.Length; chunk++)
        {
            for (var i = 0; i < 2048; i++)
            {
                var builder = new System.Text.StringBuilder();
                for (var c = random.Next(chunkBudgets[chunk] + 1); c > 0; c--) builder.Append(alphabet[random.Next(alphabet.Length)]);
                var text = builder.ToString();
                var p = Records.Post($"{chunk}-{i}", text: text);
                p.Urls = i % 3 == 0 ? [] : [$"https://example.org/{text.Length}/{i}", text];
                posts.Add(p);
            }
        }
        using var store = InvestigationStore.Open(_dir.File("h.duckdb"));
        Records.Import(store, "f", posts);
        var stored = store.ReadPosts().ToDictionary(p => p.Id);
        Assert.Equal(posts.Count, stored.Count);
        foreach (var p in posts)
        {
            Assert.Equal(p.Text, stored[p.Id].Text);
            Assert.Equal(p.Urls, stored[p.Id].Urls);
        }
    }

    [Fact]
    public void Lone_surrogates_and_NUL_become_U_FFFD_and_ids_differing_only_there_are_one_key()
    {
        using var store = InvestigationStore.Open(_dir.File("u.duckdb"));
        var s = Records.Import(store, "f", [Records.Post("a\0b", text: "x\uD800y\0z"), Records.Post("a\uFFFDb")]);
        Assert.Equal((1L, 1L), (s.PostsImported, s.PostsMerged));
        var stored = store.ReadPosts().Single();
        Assert.Equal("a\uFFFDb", stored.Id);
        Assert.Equal("x\uFFFDy\uFFFDz", stored.Text);
    }

    [Fact]
    public void Lists_keep_their_rows_apart_across_many_chunks_with_nulls_and_empty_lists_between()
    {
        using var store = InvestigationStore.Open(_dir.File("l.duckdb"));
        var posts = new List<Post>();
        for (var i = 0; i < 10_000; i++) // ~5 chunks of 2,048 rows
        {
            var p = Records.Post(i.ToString());
            p.Hashtags = i % 3 == 0 ? [] : Enumerable.Range(0, i % 5).Select(k => $"tag{i}_{k}").ToArray();
            p.Mentions = i % 7 == 0 ? [null!, $"m{i}", null!] : [$"m{i}"];
            p.Text = i % 11 == 0 ? null : $"text of post {i}, long enough for the heap";
            posts.Add(p);
        }
        Records.Import(store, "f", posts);
        var stored = store.ReadPosts().ToDictionary(p => p.Id);
        Assert.Equal(10_000, stored.Count);
        foreach (var p in posts)
        {
            var s = stored[p.Id];
            Assert.Equal(p.Hashtags, s.Hashtags);
            Assert.Equal([$"m{p.Id}"], s.Mentions); // null elements are dropped
            Assert.Equal(p.Text, s.Text);
        }
    }

    [Fact]
    public void Every_platform_kind_and_precision_round_trips_through_its_enum_code_and_reads_as_its_name_in_sql()
    {
        using var store = InvestigationStore.Open(_dir.File("e.duckdb"));
        var posts = new List<Post>();
        foreach (var platform in Enum.GetValues<Platform>())
        foreach (var kind in Enum.GetValues<PostKind>())
        foreach (var precision in Enum.GetValues<TimePrecision>())
        {
            var p = Records.Post($"{platform}-{kind}-{precision}", platform: platform);
            p = new Post { Platform = p.Platform, Id = p.Id, AccountId = p.AccountId, Kind = kind, Provenance = p.Provenance,
                           Time = new Timestamp(p.Time.UnixMilliseconds, precision) };
            posts.Add(p);
        }
        Records.Import(store, "f", posts);
        var stored = store.ReadPosts().ToDictionary(p => p.Id);
        Assert.Equal(posts.Count, stored.Count);
        foreach (var p in posts)
        {
            var s = stored[p.Id];
            Assert.Equal((p.Platform, p.Kind, p.Time.Precision), (s.Platform, s.Kind, s.Time.Precision));
        }

        // Plain SQL sees names: comparisons with strings, and ORDER BY in alphabetical order as with VARCHAR.
        Assert.Equal(Enum.GetValues<Platform>().Length * Enum.GetValues<TimePrecision>().Length,
            store.Scalar("SELECT count(*) FROM posts WHERE kind = 'forward'"));
        Assert.Equal(0, store.Scalar("SELECT count(*) FROM posts WHERE platform = 'myspace'"));
        using var cmd = store.Connection.CreateCommand();
        cmd.CommandText = "SELECT DISTINCT platform FROM posts ORDER BY platform";
        using var r = cmd.ExecuteReader();
        var names = new List<string>();
        while (r.Read()) names.Add(r.GetString(0));
        Assert.Equal(Enum.GetValues<Platform>().Select(p => p.ToString().ToLowerInvariant()).Order(StringComparer.Ordinal), names);
    }

    [Fact]
    public void A_posts_file_is_stored_once_as_its_imports_path_and_a_post_naming_another_file_is_refused()
    {
        using var store = InvestigationStore.Open(_dir.File("s.duckdb"));
        Records.Import(store, "first.csv", Enumerable.Range(0, 3000).Select(i => Records.Post("a" + i)));
        Records.Import(store, "второй файл.csv", Enumerable.Range(0, 10).Select(i => Records.Post("b" + i)));
        var stored = store.ReadPosts().ToDictionary(p => p.Id);
        Assert.Equal(new Provenance("first.csv", 1), stored["a2999"].Provenance);
        Assert.Equal(new Provenance("второй файл.csv", 1), stored["b0"].Provenance);
        Assert.Equal(3000, store.Scalar("SELECT count(*) FROM posts JOIN imports USING (import_id) WHERE path = 'first.csv'"));

        using var batch = store.BeginImport(new ImportSource("third.csv", 0, "c", "test"));
        var stray = Records.Post("c0");
        stray.Provenance = new Provenance("elsewhere.csv", 5);
        var e = Assert.Throws<ArgumentException>(() => batch.Post(stray));
        Assert.Contains("elsewhere.csv", e.Message);
        Assert.Contains("third.csv", e.Message);
    }
}

/// <summary>A failure inside DuckDB's INSERT must stop the import, wake a parser blocked on the full queue and change nothing.</summary>
public sealed class PostsFeedFailureTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_row_DuckDB_rejects_mid_file_fails_the_import_without_hanging_and_leaves_the_store_unchanged()
    {
        using var store = InvestigationStore.Open(_dir.File("f.duckdb"));
        Records.Import(store, "before", [Records.Post("kept")]);
        var run = Task.Run(() =>
        {
            using var batch = store.BeginImport(new ImportSource("mem.csv", 0, "bad", "test"));
            for (var i = 0; i < 200_000 && !batch.Stopped; i++)
            {
                var p = Records.Post("p" + i);
                // account_id is NOT NULL in posts: DuckDB refuses this row after ~15 chunks have gone in.
                if (i == 30_000) p = new Post { Platform = p.Platform, Id = p.Id, AccountId = null!, Time = p.Time, Provenance = p.Provenance };
                batch.Post(p);
            }
            batch.Commit();
        });
        var finished = Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(120))).GetAwaiter().GetResult();
        Assert.Same(run, finished); // no deadlock between the parser and the failed INSERT
        var error = Assert.ThrowsAny<Exception>(() => run.GetAwaiter().GetResult());
        Assert.Contains("account_id", error.ToString());
        var stats = store.Stats();
        Assert.Equal(1, stats.Posts);
        Assert.Equal(1, stats.Imports);
        Assert.Equal(2, Records.Import(store, "after", [Records.Post("a"), Records.Post("b")]).PostsImported);
    }
}
