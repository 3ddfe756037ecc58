using Swarmscope.Core;

namespace Swarmscope.Ingest.Csv;

/// <summary>
/// The QUT Digital Observatory coordination-network-toolkit's preprocessed CSV:
/// <c>message_id,user_id,username,repost_id,reply_id,message,timestamp,urls</c>. The toolkit defines <c>timestamp</c> as
/// "a timestamp in seconds; the absolute offset does not matter", so relative and fractional seconds (0, 59,
/// 15126.505) are read as seconds after the Unix epoch (<see cref="TimestampParser.TryParseSeconds"/>); urls are space-separated.
/// A non-empty repost_id makes the row a Repost of it, a non-empty reply_id a Reply to it.
/// </summary>
public sealed class QutImporter : GenericCsvImporter
{
    private static readonly string[] Columns = ["message_id", "user_id", "username", "repost_id", "reply_id", "message", "timestamp", "urls"];

    public override string Format => "qut";

    public override string Description => "QUT coordination-network-toolkit CSV: message_id,user_id,username,repost_id,reply_id,message,timestamp,urls";

    protected override ColumnMapping DefaultMapping => ColumnMappingParser.Parse(
        "post_id=message_id,account_id=user_id,account_handle=username,repost_of=repost_id,reply_to=reply_id,text=message,time=timestamp,urls=urls");

    protected override Platform DefaultPlatform => Platform.Twitter;

    protected override bool TimesAreSeconds => true;

    protected override double SniffHeader(string fileName, CsvHeader header) =>
        header.IsExactly(Columns) ? 0.97 : 0;
}
