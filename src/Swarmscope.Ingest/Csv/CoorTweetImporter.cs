using Swarmscope.Core;

namespace Swarmscope.Ingest.Csv;

/// <summary>
/// CooRTweet's input layout <c>object_id,account_id,content_id,timestamp_share</c> (unix seconds): each row is an
/// account sharing an object (the retweeted tweet, a URL, a hashtag...). The share is a Repost whose target is the
/// object; its own id is content_id. The bundled example data is Twitter; --map platform=... says otherwise.
/// </summary>
public sealed class CoorTweetImporter : GenericCsvImporter
{
    private static readonly string[] Columns = ["object_id", "account_id", "content_id", "timestamp_share"];

    public override string Format => "coortweet";

    public override string Description => "CooRTweet input CSV: object_id,account_id,content_id,timestamp_share";

    protected override ColumnMapping DefaultMapping =>
        ColumnMappingParser.Parse("post_id=content_id,account_id=account_id,target_post_id=object_id,time=timestamp_share");

    protected override PostKind KindWithTarget => PostKind.Repost;

    protected override Platform DefaultPlatform => Platform.Twitter;

    protected override bool TimesAreSeconds => true;

    protected override double SniffHeader(string fileName, CsvHeader header) =>
        header.IsExactly(Columns) ? 0.97 : header.HasAll(Columns) ? 0.9 : 0;
}
