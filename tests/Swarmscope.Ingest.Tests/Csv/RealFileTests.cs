using Swarmscope.Core;
using Swarmscope.TestSupport;

namespace Swarmscope.Ingest.Tests.Csv;

/// <summary>Each CSV importer on the real files in ../shared/data, with counts checked independently (Python csv).</summary>
public class RealFileTests
{
    [SharedDataFact("coortweet/russian_coord_tweets.csv")]
    public void Coortweet_sample_gives_35125_reposts_of_their_objects()
    {
        var path = SharedData.Path("coortweet/russian_coord_tweets.csv");
        Assert.Equal("coortweet", ImporterRegistry.Detect(path).Importer?.Format);
        var sink = CollectingSink.Import(path);
        Assert.Empty(sink.Rejections);
        Assert.Equal(35_125, sink.Posts.Count);
        var first = sink.Posts[0];
        Assert.Equal("114e22f1b2b648528277b76f0b0224e7", first.Id);
        Assert.Equal("0fb4232d1b7b37069c13ee17579bd10e", first.AccountId);
        Assert.Equal("85d2d12251a735ce05255061f7f231e2", first.TargetPostId);
        Assert.Equal(PostKind.Repost, first.Kind);
        Assert.Equal(Platform.Twitter, first.Platform);
        Assert.Equal(1623881091_000, first.Time.UnixMilliseconds);
        Assert.Equal(TimePrecision.Second, first.Time.Precision);
        Assert.Equal(2, first.Provenance.Record);
        Assert.All(sink.Posts, p => Assert.Equal(PostKind.Repost, p.Kind));
    }

    [SharedDataFact("io-state-trolls/fake_test.csv")]
    public void Io_state_trolls_fake_test_gives_1000_posts_of_139_accounts()
    {
        var path = SharedData.Path("io-state-trolls/fake_test.csv");
        Assert.Equal("io-archive", ImporterRegistry.Detect(path).Importer?.Format);
        var sink = CollectingSink.Import(path);
        Assert.Empty(sink.Rejections);
        Assert.Equal(1000, sink.Posts.Count);
        Assert.Equal(139, sink.Accounts.Count);
        Assert.Equal(139, sink.Posts.Select(p => p.AccountId).Distinct().Count());
        var first = sink.Posts[0];
        Assert.Equal("648101329898868736", first.Id);
        Assert.Equal("andyhashtagger", first.AccountId);
        Assert.Equal(["the_edge", "heyits_luke"], first.Mentions);
        Assert.Equal(new DateTimeOffset(2015, 9, 27, 11, 46, 0, TimeSpan.Zero), first.Time.Utc);
        Assert.Equal(TimePrecision.Minute, first.Time.Precision);
        var andy = sink.Accounts.Single(a => a.Id == "andyhashtagger");
        Assert.Equal(22026, andy.Followers);
        Assert.Equal(12966, andy.Following);
        Assert.Equal(new DateTimeOffset(2014, 10, 26, 0, 0, 0, TimeSpan.Zero), andy.CreatedAt);
        Assert.StartsWith("#Hashtag warrior", andy.Description);
    }

    [SharedDataFact("io-state-trolls/real_test4.csv")]
    public void Io_state_trolls_real_test4_with_reordered_columns_and_twitter_dates()
    {
        var path = SharedData.Path("io-state-trolls/real_test4.csv");
        Assert.Equal("io-archive", ImporterRegistry.Detect(path).Importer?.Format);
        var sink = CollectingSink.Import(path);
        Assert.Empty(sink.Rejections);
        Assert.Equal(1000, sink.Posts.Count);
        Assert.Equal(999, sink.Posts.Select(p => p.Id).Distinct().Count()); // the file repeats one tweet
        Assert.Equal(35, sink.Accounts.Count);
        var first = sink.Posts[0];
        Assert.Equal("prchovanec", first.AccountId);
        Assert.Equal(new DateTimeOffset(2019, 3, 3, 1, 23, 53, TimeSpan.Zero), first.Time.Utc);
        Assert.Equal(["https://t.co/uxggoojpvy"], first.Urls.Select(u => u.ToLowerInvariant()));
        var account = sink.Accounts.Single(a => a.Id == "prchovanec");
        Assert.Equal(new DateTimeOffset(2009, 8, 11, 7, 50, 45, TimeSpan.Zero), account.CreatedAt);
    }

    [SharedDataFact("io-state-trolls/text_validate.csv")]
    public void Labelled_text_set_is_not_claimed_and_forcing_it_names_the_missing_column()
    {
        var path = SharedData.Path("io-state-trolls/text_validate.csv");
        Assert.Null(ImporterRegistry.Detect(path).Importer);
        var sink = CollectingSink.Import(path, "io-archive");
        Assert.Empty(sink.Posts);
        var rejection = Assert.Single(sink.Rejections);
        Assert.Equal(("tweet_time", 1L), (rejection.Field, rejection.Record));
    }

    [SharedDataFact("ira-original-layout/IRAhandle_tweets_sample.csv")]
    public void Ira_original_layout_takes_exact_ids_from_article_url()
    {
        var path = SharedData.Path("ira-original-layout/IRAhandle_tweets_sample.csv");
        Assert.Equal("ira-original", ImporterRegistry.Detect(path).Importer?.Format);
        var sink = CollectingSink.Import(path);
        Assert.Empty(sink.Rejections);
        Assert.Equal(100, sink.Posts.Count);
        Assert.Equal(100, sink.Posts.Select(p => p.Id).Distinct().Count());
        Assert.All(sink.Posts, p => Assert.False(p.IdDerived));
        var first = sink.Posts[0];
        Assert.Equal("914580356430536707", first.Id);
        Assert.Equal("10_gop", first.AccountId);
        Assert.Equal(new DateTimeOffset(2017, 10, 1, 19, 58, 0, TimeSpan.Zero), first.Time.Utc);
        Assert.Equal(TimePrecision.Minute, first.Time.Precision);
        Assert.Equal(["https://twitter.com/10_gop/status/914580356430536707/video/1"], first.Urls);
        Assert.Equal(["nedryun"], first.Mentions);
        var account = Assert.Single(sink.Accounts);
        Assert.Equal("10_gop", account.Id);
        Assert.Contains(sink.Posts, p => p.Kind == PostKind.Repost);
        Assert.Contains(sink.Posts, p => p.Kind == PostKind.Quote);
    }

    [SharedDataFact("crowdtangle/ct_output.csv")]
    public void Crowdtangle_sample_gives_160_facebook_posts_of_155_pages_sharing_canonical_links()
    {
        var path = SharedData.Path("crowdtangle/ct_output.csv");
        Assert.Equal("crowdtangle", ImporterRegistry.Detect(path).Importer?.Format);
        var sink = CollectingSink.Import(path);
        Assert.Empty(sink.Rejections);
        Assert.Equal(160, sink.Posts.Count);
        Assert.Equal(155, sink.Accounts.Count);
        Assert.All(sink.Posts, p => Assert.Equal(Platform.Facebook, p.Platform));
        Assert.All(sink.Posts, p => Assert.NotEmpty(p.Urls));
        var first = sink.Posts[0];
        Assert.Equal("145547835465271_2100804073272961", first.Id);
        Assert.Equal("145547835465271", first.AccountId);
        Assert.Equal("https://telesurenglish.net/news/UNGA-Overwhelmingly-Votes-Against-Cuba-Blockade-All-US-Amendments-Defeated-20181101-0027.html", first.Urls[0]);
        Assert.Equal("https://facebook.com/groups/145547835465271", first.Channel);
        Assert.Equal(new DateTimeOffset(2018, 11, 5, 12, 40, 2, TimeSpan.Zero), first.Time.Utc);
        var group = sink.Accounts[0];
        Assert.Equal(("145547835465271", "Nova Scotia Cuba Association (NSCUBA)", 313L, false), (group.Id, group.DisplayName, group.Followers!.Value, group.Verified!.Value));
        Assert.Null(group.Handle); // an empty cell is unknown
    }

    [SharedDataFact("ira/nbc_profiles.csv")]
    public void Nbc_profiles_give_330_accounts()
    {
        var path = SharedData.Path("ira/nbc_profiles.csv");
        Assert.Equal("twitter-profiles-csv", ImporterRegistry.Detect(path).Importer?.Format);
        var sink = CollectingSink.Import(path);
        Assert.Empty(sink.Rejections);
        Assert.Empty(sink.Posts);
        Assert.Equal(330, sink.Accounts.Count);
        var first = sink.Accounts[0];
        Assert.Equal(("449689677", "KadirovRussia", 94773L, 7L, 10877L), (first.Id, first.Handle, first.Followers!.Value, first.Following!.Value, first.PostCount!.Value));
        Assert.Equal(new DateTimeOffset(2011, 12, 29, 11, 31, 9, TimeSpan.Zero), first.CreatedAt);
    }

    [SharedDataFact("ira/authors.csv")]
    public void Ira_authors_list_is_not_mistaken_for_posts()
    {
        Assert.Null(ImporterRegistry.Detect(SharedData.Path("ira/authors.csv")).Importer);
    }
}
