using Swarmscope.Core;
using Swarmscope.TestSupport;

namespace Swarmscope.Ingest.Tests.Csv;

public class IraImporterTests
{
    private const string Header = "author_id,content,region,language,publish_date,harvested_date,following,followers,updates,post_type,retweet\n";

    /// <summary>Counts without keeping 1.78M posts in memory.</summary>
    private sealed class CountingSink : IRecordSink
    {
        public long Posts, RejectedCount;
        public readonly HashSet<UInt128> Ids = new();
        public readonly HashSet<string> Accounts = new();
        public readonly HashSet<string> AccountRecords = new();
        public int AccountRecordCount;
        public void Account(Account account) { AccountRecordCount++; AccountRecords.Add(account.Id); }
        public void Post(Post post)
        {
            Posts++;
            Ids.Add(UInt128.Parse(post.Id, System.Globalization.NumberStyles.HexNumber));
            Accounts.Add(post.AccountId);
            Assert.True(post.IdDerived);
            Assert.Equal(TimePrecision.Minute, post.Time.Precision);
        }
        public void Rejected(RejectedRecord rejected) => RejectedCount++;
    }

    [SharedDataFact("ira/tweets-part1.csv.gz")]
    public void The_four_ira_files_hold_1780850_rows_1764620_distinct_posts_of_1982_accounts()
    {
        var sink = new CountingSink();
        var importer = ImporterRegistry.Find("ira")!;
        for (var part = 1; part <= 4; part++)
        {
            var path = SharedData.Path($"ira/tweets-part{part}.csv.gz");
            Assert.Same(importer, ImporterRegistry.Detect(path).Importer);
            using var stream = ImporterRegistry.OpenDecompressed(path);
            importer.Import(stream, new ImportContext { SourceFile = path }, sink);
        }
        Assert.Equal(0, sink.RejectedCount);
        Assert.Equal(1_780_850, sink.Posts);
        Assert.Equal(1_764_620, sink.Ids.Count);
        Assert.Equal(1_982, sink.Accounts.Count);
        // One account record per author (authors are contiguous in these files), not one per row.
        Assert.Equal(1_982, sink.AccountRecordCount);
        Assert.Equal(sink.Accounts, sink.AccountRecords);
    }

    [Fact]
    public void Maps_kinds_ids_accounts_and_entities()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("tweets.csv", Header +
            "Alice_X,Hello #World @Bob https://Example.com/a?utm_source=x,Unknown,English,2017-09-07 19:52:00,2017-09-07 19:53:00,10,20,1,,0\n" +
            "Alice_X,RT @carol_1: something,Unknown,English,2017-09-07 20:00:00,2017-09-07 20:01:00,11,21,2,RETWEET,1\n" +
            "Alice_X,quoting,Unknown,English,2017-09-07 21:00:00,2017-09-07 21:01:00,12,22,3,QUOTE_TWEET,0\n" +
            "Alice_X,Hello #World @Bob https://Example.com/a?utm_source=x,Unknown,English,2017-09-07 19:52:00,2017-09-07 19:53:00,10,20,1,,0\n" +
            "bob,a,Unknown,Russian,2017-09-08 10:00:00,2017-09-08 10:00:00,,5,,,0\n");
        var sink = CollectingSink.Import(path, "ira");
        Assert.Empty(sink.Rejections);
        Assert.Equal(5, sink.Posts.Count);
        var p = sink.Posts[0];
        Assert.Equal("alice_x", p.AccountId);
        Assert.Equal("Alice_X", p.AccountHandle);
        Assert.Equal(PostKind.Post, p.Kind);
        Assert.Equal(["world"], p.Hashtags);
        Assert.Equal(["bob"], p.Mentions);
        Assert.Equal(["https://example.com/a"], p.Urls);
        Assert.Equal(new DateTimeOffset(2017, 9, 7, 19, 52, 0, TimeSpan.Zero), p.Time.Utc);
        Assert.Equal(32, p.Id.Length);
        Assert.Equal(new Provenance(path, 2), p.Provenance);
        Assert.Equal(PostKind.Repost, sink.Posts[1].Kind);
        Assert.Equal("carol_1", sink.Posts[1].TargetAccountId);
        Assert.Equal(PostKind.Quote, sink.Posts[2].Kind);
        Assert.Equal(p.Id, sink.Posts[3].Id); // an exact repeat gets the same id
        Assert.NotEqual(p.Id, sink.Posts[1].Id);
        Assert.Equal(2, sink.Accounts.Count);
        var alice = sink.Accounts[0];
        Assert.Equal((12L, 22L, 3L), (alice.Following!.Value, alice.Followers!.Value, alice.PostCount!.Value)); // latest harvested
        var bob = sink.Accounts[1];
        Assert.Null(bob.Following); // empty cell = unknown, not zero
        Assert.Equal(5, bob.Followers);
    }

    [Fact]
    public void Malformed_rows_are_rejected_naming_file_line_field_and_reason_and_the_import_continues()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("bad.csv", Header +
            "a,\"multi\nline\",Unknown,English,2017-09-07 19:52:00,2017-09-07 19:52:00,1,2,3,,0\n" +
            "a,short row,Unknown,English,2017-09-07 19:52:00\n" +
            "a,bad time,Unknown,English,yesterday,2017-09-07 19:52:00,1,2,3,,0\n" +
            "a,bad number,Unknown,English,2017-09-07 19:52:00,2017-09-07 19:52:00,1,9.06E+17,3,,0\n" +
            "a,good,Unknown,English,2017-09-07 19:52:00,2017-09-07 19:52:00,1,2,3,,0\n");
        var sink = CollectingSink.Import(path, "ira");
        Assert.Equal(2, sink.Posts.Count);
        Assert.Equal(7, sink.Posts[1].Provenance.Record);
        Assert.Collection(sink.Rejections,
            r => { Assert.Equal((path, 4L, "harvested_date"), (r.SourceFile, r.Record, r.Field)); Assert.Contains("missing", r.Reason); },
            r => { Assert.Equal((path, 5L, "publish_date"), (r.SourceFile, r.Record, r.Field)); Assert.Contains("yesterday", r.Reason); },
            r => { Assert.Equal((path, 6L, "followers"), (r.SourceFile, r.Record, r.Field)); Assert.Contains("9.06E+17", r.Reason); Assert.Contains("bad number", r.Raw); });
    }

    [Fact]
    public void A_stopped_sink_ends_the_import_at_the_first_rejection()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("bad.csv", Header + "a,x,U,E,nope,,1,2,3,,0\na,y,U,E,2017-09-07 19:52:00,,1,2,3,,0\n");
        var sink = new CollectingSink { StopOnReject = true };
        using (var s = File.OpenRead(path)) ImporterRegistry.Find("ira")!.Import(s, new ImportContext { SourceFile = path }, sink);
        Assert.Single(sink.Rejections);
        Assert.Empty(sink.Posts);
    }

    [Fact]
    public void Reads_gzip_transparently()
    {
        using var dir = new TempDirectory();
        var path = dir.File("t.csv.gz");
        using (var gz = new System.IO.Compression.GZipStream(File.Create(path), System.IO.Compression.CompressionLevel.Fastest))
            gz.Write(System.Text.Encoding.UTF8.GetBytes(Header + "a,x,U,E,2017-09-07 19:52:00,,1,2,3,,0\n"));
        var sink = CollectingSink.Import(path); // detected by header through the decompressor
        Assert.Single(sink.Posts);
    }
}
