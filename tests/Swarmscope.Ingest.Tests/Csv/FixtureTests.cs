using System.Text;
using Swarmscope.Core;
using Swarmscope.Ingest.Csv;
using Swarmscope.TestSupport;

namespace Swarmscope.Ingest.Tests.Csv;

/// <summary>Small files written by the tests: each format's detection, odd encodings, and malformed rows.</summary>
public class FixtureTests
{
    private const string SwarmscopePosts = "platform,post_id,account_id,account_handle,time,kind,text,language,target_post_id,target_account_id,urls,hashtags,mentions,media_hashes,channel\n";
    private const string SwarmscopeAccounts = "platform,account_id,handle,display_name,created_at,followers,following,post_count,description,profile_image_url,profile_image_hash,verified\n";

    [Theory]
    [InlineData("swarmscope-csv", SwarmscopePosts + "twitter,1,a,A,2024-03-01T10:00:00.000Z,post,hi,en,,,,,,,\n")]
    [InlineData("swarmscope-csv", SwarmscopeAccounts + "twitter,a,A,,,,,,,,,\n")]
    [InlineData("coortweet", "object_id,account_id,content_id,timestamp_share\no,a,c,1623881091\n")]
    [InlineData("qut", "message_id,user_id,username,repost_id,reply_id,message,timestamp,urls\n1,u,U,,,hi,1623881091,\n")]
    [InlineData("io-archive", "tweetid,userid,user_display_name,user_screen_name,tweet_text,tweet_time,is_retweet,retweet_tweetid,in_reply_to_tweetid\n1,2,D,s,hi,2019-01-01 10:00,False,,\n")]
    [InlineData("io-archive", "tweetid,user_screen_name,tweet_text,tweet_time\n1,s,hi,2019-01-01 10:00\n")]
    [InlineData("ira", "author_id,content,region,language,publish_date,harvested_date,following,followers,updates,post_type,retweet\na,x,U,E,2017-09-07 19:52:00,,1,2,3,,0\n")]
    [InlineData("ira-original", "external_author_id,author,content,region,language,publish_date,harvested_date,following,followers,updates,post_type,account_type,retweet,account_category,new_june_2018,alt_external_id,tweet_id,article_url,tco1_step1,tco2_step1,tco3_step1\n1,A,x,U,E,10/1/17 19:58,10/1/17 19:59,1,2,3,,Right,0,RightTroll,0,1,5,,,,\n")]
    [InlineData("crowdtangle", "platformId,platform,date,type,message,link,postUrl,account_platformId,account_name\n1_2,Instagram,2020-01-01 10:00:00,photo,hi,,https://x.com/p,1,N\n")]
    [InlineData("twitter-profiles-csv", "id,screen_name,name,followers_count,friends_count,statuses_count,created_at\n1,a,A,1,2,3,Thu Dec 29 11:31:09 +0000 2011\n")]
    public void Each_format_is_detected_by_its_header_and_imports_its_fixture(string format, string content)
    {
        using var dir = new TempDirectory();
        var path = dir.Write("fixture.csv", content);
        var (importer, confidence) = ImporterRegistry.Detect(path);
        Assert.Equal(format, importer?.Format);
        Assert.True(confidence >= 0.9);
        var sink = CollectingSink.Import(path);
        Assert.Empty(sink.Rejections);
        Assert.Equal(1, sink.Posts.Count + (sink.Posts.Count == 0 ? sink.Accounts.Count : 0));
        Assert.All(sink.Posts, p => Assert.Equal(new Provenance(path, 2), p.Provenance));
    }

    /// <summary>Issue 13: a header naming a column twice was read silently (the first won). Now the file is refused,
    /// naming the file and the repeated columns.</summary>
    [Theory]
    [InlineData(null, "tweetid,userid,user_screen_name,tweet_text,tweet_time,TWEET_TEXT\n1,2,s,hi,2019-01-01 10:00,other\n")]
    [InlineData("qut", "message_id,user_id,username,repost_id,reply_id,message,timestamp,urls,user_id\n1,u,U,,,hi,1623881091,,v\n")]
    public void A_header_naming_a_column_twice_is_refused_with_the_names(string? format, string content)
    {
        using var dir = new TempDirectory();
        var path = dir.Write("dup.csv", content);
        var sink = CollectingSink.Import(path, format);
        Assert.Empty(sink.Posts);
        var rejection = Assert.Single(sink.Rejections);
        Assert.Equal(path, rejection.SourceFile);
        Assert.Equal(1, rejection.Record);
        Assert.Contains("more than once", rejection.Reason);
        Assert.Contains(format is null ? "'TWEET_TEXT'" : "'user_id'", rejection.Reason, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Swarmscope's own posts.csv is read back as written: a text or id starting with a formula character was
    /// written with an apostrophe, and hidden characters as visible escapes (issue 13, the detect → score round trip).</summary>
    [Fact]
    public void Swarmscope_csv_undoes_its_own_neutralisation()
    {
        using var dir = new TempDirectory();
        var text = new StringWriter();
        text.Write(SwarmscopePosts);
        var csv = new CsvWriter(text);
        csv.TextRecord("twitter", "1", "@bot0", "=handle", "2024-03-01T10:00:00.000Z", "post", "-rt \u202E evil \u001b[2J \\u{41}", "", "", "", "", "", "", "", "");
        var path = dir.Write("posts.csv", text.ToString());
        Assert.Contains("'@bot0", File.ReadAllText(path));
        var post = Assert.Single(CollectingSink.Import(path).Posts);
        Assert.Equal("@bot0", post.AccountId);
        Assert.Equal("=handle", post.AccountHandle);
        Assert.Equal("-rt \u202E evil \u001b[2J \\u{41}", post.Text);
    }

    [Fact]
    public void Detection_sees_through_a_bom_crlf_and_quoted_header_names()
    {
        using var dir = new TempDirectory();
        var path = dir.File("bom.csv");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("\"object_id\",account_id,content_id,timestamp_share\r\no,a,c,1623881091\r\n")]);
        Assert.Equal("coortweet", ImporterRegistry.Detect(path).Importer?.Format);
        var sink = CollectingSink.Import(path);
        Assert.Equal(("c", 2L), (Assert.Single(sink.Posts).Id, sink.Posts[0].Provenance.Record));
    }

    [Fact]
    public void Unknown_layouts_and_json_are_not_claimed()
    {
        using var dir = new TempDirectory();
        Assert.Null(ImporterRegistry.Detect(dir.Write("a.csv", "foo,bar\n1,2\n")).Importer);
        Assert.Null(ImporterRegistry.Detect(dir.Write("b.json", "{\"tweetid\": 1,\n\"tweet_time\": 2}\n")).Importer);
        Assert.Null(ImporterRegistry.Detect(dir.Write("c.csv", "")).Importer);
    }

    [Fact]
    public void Swarmscope_posts_round_trip_with_lists_kinds_and_empty_cells()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("posts.csv", SwarmscopePosts +
            "telegram,10,ch1,Chan,2024-03-01T10:00:00.000Z,forward,\"multi\nline, \"\"quoted\"\"\",ru,9,ch0,HTTP://Example.com/a/?utm_source=x https://b.org,#One two,@Bob,0123456789abcdef,news\n" +
            "twitter,11,a,,2024-03-01T10:00:01.500Z,post,,,,,,,,,\n");
        var sink = CollectingSink.Import(path);
        Assert.Empty(sink.Rejections);
        var p = sink.Posts[0];
        Assert.Equal((Platform.Telegram, "10", "ch1", PostKind.Forward, "9", "ch0", "news"), (p.Platform, p.Id, p.AccountId, p.Kind, p.TargetPostId, p.TargetAccountId, p.Channel));
        Assert.Equal("multi\nline, \"quoted\"", p.Text);
        Assert.Equal(["https://example.com/a", "https://b.org"], p.Urls);
        Assert.Equal(["one", "two"], p.Hashtags);
        Assert.Equal(["bob"], p.Mentions);
        Assert.Equal(["0123456789abcdef"], p.MediaHashes);
        var q = sink.Posts[1];
        Assert.Equal(4, q.Provenance.Record); // the quoted newline moved it down a line
        Assert.Null(q.Text);
        Assert.Null(q.AccountHandle);
        Assert.Empty(q.Urls); // an empty URL cell is no URL
        Assert.Equal(TimePrecision.Millisecond, q.Time.Precision);
    }

    [Fact]
    public void Swarmscope_accounts_with_unknowns_as_null()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("accounts.csv", SwarmscopeAccounts +
            "vk,42,ivan,Иван,2020-01-02T03:04:05.000Z,0,,17,bio,https://img/x.jpg,00ff00ff00ff00ff,true\n" +
            "vk,43,,,,,,,,,,\n" +
            "vk,44,,,,,,,,,nothex,\n");
        var sink = CollectingSink.Import(path);
        var a = sink.Accounts[0];
        Assert.Equal((0L, (long?)null, 17L, true, 0x00ff00ff00ff00ffUL), (a.Followers!.Value, a.Following, a.PostCount!.Value, a.Verified!.Value, a.ProfileImageHash!.Value));
        Assert.Equal("Иван", a.DisplayName);
        var b = sink.Accounts[1];
        Assert.Null(b.Followers);
        Assert.Null(b.Verified);
        Assert.Null(b.CreatedAt);
        var r = Assert.Single(sink.Rejections);
        Assert.Equal((4L, "profile_image_hash"), (r.Record, r.Field));
    }

    [Fact]
    public void Generic_csv_with_a_mapping_derives_ids_when_missing_and_rejects_bad_rows()
    {
        using var dir = new TempDirectory();
        var bytes = new List<byte>(Encoding.UTF8.GetPreamble());
        bytes.AddRange(Encoding.UTF8.GetBytes("user,when,body,link,plat\r\nAlice,2024-03-01 13:00,\"hi #Tag\r\nthere\",www.example.com/x?fbclid=1,vk\r\nBob,not a date,x,,vk\r\n"));
        bytes.AddRange(Encoding.UTF8.GetBytes("Carol,2024-03-01 13:00,bad "));
        bytes.AddRange(new byte[] { 0xFF, 0xFE });
        bytes.AddRange(Encoding.UTF8.GetBytes(" bytes,,vk\r\nDan,2024-03-01 13:00,x,,myspace\r\nAlice,2024-03-01 13:00,\"hi #Tag\r\nthere\",www.example.com/x?fbclid=1,vk\r\n"));
        var path = dir.File("generic.csv");
        File.WriteAllBytes(path, bytes.ToArray());
        var mapping = ColumnMappingParser.Parse("account_handle=user, time=when, text=body, urls=link, platform=plat");
        var moscow = TimeZoneInfo.CreateCustomTimeZone("MSK", TimeSpan.FromHours(3), "MSK", "MSK");
        var sink = CollectingSink.Import(path, "csv", new ImportContext { SourceFile = path, Mapping = mapping, AssumedTimeZone = moscow });

        Assert.Equal(3, sink.Posts.Count);
        var a = sink.Posts[0];
        Assert.Equal(("alice", "Alice", Platform.VK, 2L), (a.AccountId, a.AccountHandle, a.Platform, a.Provenance.Record));
        Assert.True(a.IdDerived);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 10, 0, 0, TimeSpan.Zero), a.Time.Utc);
        Assert.Equal(["https://example.com/x"], a.Urls);
        Assert.Equal(["tag"], a.Hashtags); // no hashtag column: taken from the text
        Assert.Equal(a.Id, sink.Posts[2].Id); // same row, same derived id
        Assert.Equal(7L, sink.Posts[2].Provenance.Record);
        Assert.Contains('\uFFFD', sink.Posts[1].Text!); // invalid UTF-8 replaced, record kept
        Assert.Equal(5L, sink.Posts[1].Provenance.Record);
        Assert.Collection(sink.Rejections,
            r => Assert.Equal((path, 4L, "when"), (r.SourceFile, r.Record, r.Field)),
            r => { Assert.Equal((6L, "plat"), (r.Record, r.Field)); Assert.Contains("myspace", r.Reason); });
    }

    [Fact]
    public void Generic_csv_rejects_a_mapping_to_a_missing_column_at_the_header()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("g.csv", "a,b\n1,2\n");
        var sink = CollectingSink.Import(path, "csv", new ImportContext { SourceFile = path, Mapping = ColumnMappingParser.Parse("account_id=a,time=nope") });
        var r = Assert.Single(sink.Rejections);
        Assert.Equal((1L, "nope"), (r.Record, r.Field));
        Assert.Empty(sink.Posts);
    }

    [Fact]
    public void Mapping_parser_reads_flags_and_files_and_names_bad_entries()
    {
        var m = ColumnMapping.Parse("post_id=tweet_id,account_id=user");
        Assert.Equal("tweet_id", m.Column("post_id"));
        Assert.Equal("user", m.Column("ACCOUNT_ID"));
        using var dir = new TempDirectory();
        var file = dir.Write("map.txt", "# twint export\npost_id = id\n\ntime=\"created at\"\n");
        var fromFile = ColumnMappingParser.Load(file);
        Assert.Equal("created at", fromFile.Column("time"));
        Assert.Equal("id", fromFile.Column("post_id"));
        var e = Assert.Throws<FormatException>(() => ColumnMappingParser.Parse("post_idd=x"));
        Assert.Contains("post_idd", e.Message);
        var bad = dir.Write("bad.txt", "post_id=id\nnonsense\n");
        Assert.Contains(":2", Assert.Throws<FormatException>(() => ColumnMappingParser.Load(bad)).Message);
    }

    [Fact]
    public void Qut_rows_become_reposts_and_replies()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("qut.csv", "message_id,user_id,username,repost_id,reply_id,message,timestamp,urls\n" +
            "1,u1,Ann,,,hello,1600000000,https://a.com/x https://b.com\n2,u2,Ben,1,,RT @Ann: hello,1600000005,\n3,u3,Cy,,1,@Ann yes,1600000009,\n");
        var sink = CollectingSink.Import(path);
        Assert.Empty(sink.Rejections);
        Assert.Equal(["https://a.com/x", "https://b.com"], sink.Posts[0].Urls);
        Assert.Equal((PostKind.Repost, "1", "ann"), (sink.Posts[1].Kind, sink.Posts[1].TargetPostId, sink.Posts[1].TargetAccountId));
        Assert.Equal((PostKind.Reply, "1"), (sink.Posts[2].Kind, sink.Posts[2].TargetPostId));
        Assert.Equal(["ann"], sink.Posts[2].Mentions);
    }

    [Fact]
    public void Qut_relative_and_fractional_seconds_are_times()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("qut.csv", "message_id,user_id,username,repost_id,reply_id,message,timestamp,urls\n" +
            "0,uid0,username0,rtid0,,\"Example tweet from uid0\",0,\"\"\n1,uid1,username1,rtid0,,\"Example tweet from uid1\",59,\"\"\n" +
            "2,uid2,username2,rtid1,,x,15126.505,\n3,uid3,username3,rtid1,,y,1600000000,\n");
        var sink = CollectingSink.Import(path);
        Assert.Empty(sink.Rejections);
        Assert.Equal([0L, 59_000, 15_126_505, 1_600_000_000_000], sink.Posts.Select(p => p.Time.UnixMilliseconds));
        Assert.Equal([TimePrecision.Second, TimePrecision.Second, TimePrecision.Millisecond, TimePrecision.Second], sink.Posts.Select(p => p.Time.Precision));
        Assert.Equal((PostKind.Repost, "rtid0"), (sink.Posts[0].Kind, sink.Posts[0].TargetPostId));
        // A number that is not seconds still names the field.
        var bad = CollectingSink.Import(dir.Write("bad.csv", "message_id,user_id,username,repost_id,reply_id,message,timestamp,urls\n0,u,u,,,x,12h,\n"));
        Assert.Equal(("timestamp", 2L), (Assert.Single(bad.Rejections).Field, bad.Rejections[0].Record));
    }

    [Fact]
    public void Io_archive_full_layout_maps_retweets_replies_quotes_and_list_columns()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("io.csv",
            "tweetid,userid,user_display_name,user_screen_name,user_reported_location,user_profile_description,user_profile_url,follower_count,following_count,account_creation_date,account_language,tweet_language,tweet_text,tweet_time,tweet_client_name,in_reply_to_userid,in_reply_to_tweetid,quoted_tweet_tweetid,is_retweet,retweet_userid,retweet_tweetid,latitude,longitude,quote_count,reply_count,like_count,retweet_count,hashtags,urls,user_mentions,poll_choices\n" +
            "1,u1,D,S,,,,10,20,2014-01-01,en,en,RT @x: hi #a,2019-01-01 10:00,web,,,,True,u9,100,,,0,0,0,0,\"[a, B]\",\"['https://x.com/?utm_medium=m', '']\",[77],\n" +
            "2,u1,D,S,,,,10,20,2014-01-01,en,en,@z yes,2019-01-01 10:01,web,u8,200,,False,,,,,0,0,0,0,[],[],[88],\n" +
            "3,u1,D,S,,,,10,20,2014-01-01,en,en,look,2019-01-01 10:02,web,,,300,False,,,,,0,0,0,0,,,,\n" +
            "4,u2,E,T,,,,many,20,2014-01-01,en,en,x,2019-01-01 10:02,web,,,,False,,,,,0,0,0,0,,,,\n");
        var sink = CollectingSink.Import(path);
        Assert.Equal(3, sink.Posts.Count);
        var rt = sink.Posts[0];
        Assert.Equal((PostKind.Repost, "100", "u9", "u1"), (rt.Kind, rt.TargetPostId, rt.TargetAccountId, rt.AccountId));
        Assert.Equal(["a", "b"], rt.Hashtags);
        Assert.Equal(["https://x.com"], rt.Urls);
        Assert.Equal((PostKind.Reply, "200", "u8"), (sink.Posts[1].Kind, sink.Posts[1].TargetPostId, sink.Posts[1].TargetAccountId));
        Assert.Equal(["z"], sink.Posts[1].Mentions);
        Assert.Equal((PostKind.Quote, "300"), (sink.Posts[2].Kind, sink.Posts[2].TargetPostId));
        var account = Assert.Single(sink.Accounts);
        Assert.Equal(("u1", "S", 10L), (account.Id, account.Handle, account.Followers!.Value));
        var r = Assert.Single(sink.Rejections);
        Assert.Equal((5L, "follower_count"), (r.Record, r.Field));
    }

    [Fact]
    public void Wrong_column_counts_and_broken_quoting_are_rejected_with_line_numbers()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("c.csv", "object_id,account_id,content_id,timestamp_share\n" +
            "o,a,c1,1623881091\no,a,c2\no,a,c3,1623881091,extra\no,a,c4,1623881091,,\no,\"a\"x,c5,1623881091\no,a,c6,162388109x\n");
        var sink = CollectingSink.Import(path);
        Assert.Equal(["c1", "c4"], sink.Posts.Select(p => p.Id));
        Assert.Collection(sink.Rejections,
            r => { Assert.Equal((3L, "timestamp_share"), (r.Record, r.Field)); Assert.Contains("3 columns", r.Reason); },
            r => { Assert.Equal((4L, "column 5"), (r.Record, r.Field)); Assert.Contains("5 columns", r.Reason); },
            r => { Assert.Equal((6L, "account_id"), (r.Record, r.Field)); Assert.Contains("closing quote", r.Reason); },
            r => { Assert.Equal((7L, "timestamp_share"), (r.Record, r.Field)); Assert.Contains("162388109x", r.Reason); });
    }
}
