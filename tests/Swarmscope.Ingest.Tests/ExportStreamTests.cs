using System.IO.Compression;
using System.Text;
using Swarmscope.Ingest.Tests.Json;
using Swarmscope.TestSupport;

namespace Swarmscope.Ingest.Tests;

/// <summary>
/// Exports saved as UTF-16 (Excel's "Unicode", Windows tools) used to be recognised by no format. They are now read
/// as the same text in UTF-8, gzipped or not, and give exactly the records of the UTF-8 file.
/// </summary>
public sealed class ExportStreamTests
{
    private const string IraCsv =
        "author_id,content,region,language,publish_date,harvested_date,following,followers,updates,post_type,retweet\n" +
        "10_GOP,\"Ура, выборы! 🇰🇿 #MAGA https://t.co/AbC\",Unknown,Russian,10/1/2017 19:58,10/1/2017 19:59,1052,9636,253,,0\n" +
        "10_GOP,Second post @someone,United States,English,10/2/2017 08:00,10/2/2017 08:01,1053,9637,254,RETWEET,1\n";

    public static TheoryData<string, string> Encodings => new()
    {
        { "utf-16le", "ira.csv" }, { "utf-16be", "ira.csv" }, { "utf-16le-gzip", "ira.csv.gz" },
        { "utf-16le", "twitter.json" },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void A_UTF16_export_gives_the_records_of_its_UTF8_original(string encoding, string name)
    {
        using var dir = new TempDirectory();
        var text = name.StartsWith("twitter", StringComparison.Ordinal) ? TwitterFixtures.V2Response : IraCsv;
        var utf8 = dir.Write("utf8-" + name.Replace(".gz", ""), text);
        Encoding utf16 = encoding.StartsWith("utf-16be", StringComparison.Ordinal) ? Encoding.BigEndianUnicode : Encoding.Unicode;
        var bytes = utf16.GetPreamble().Concat(utf16.GetBytes(text)).ToArray();
        if (encoding.EndsWith("gzip", StringComparison.Ordinal))
        {
            var gz = new MemoryStream();
            using (var g = new GZipStream(gz, CompressionLevel.Fastest, leaveOpen: true)) g.Write(bytes);
            bytes = gz.ToArray();
        }
        var path = Path.Combine(dir.Path, name);
        File.WriteAllBytes(path, bytes);

        var expected = CollectingSink.Import(utf8);
        var format = ImporterRegistry.Detect(path).Importer?.Format;
        Assert.Equal(ImporterRegistry.Detect(utf8).Importer?.Format, format);
        var actual = CollectingSink.Import(path);
        Assert.NotEmpty(expected.Posts);
        Assert.Empty(actual.Rejections);
        Assert.Equal(expected.Posts.Select(p => (p.Id, p.AccountId, p.Text, p.Time, string.Join(' ', p.Urls), string.Join(' ', p.Hashtags))),
            actual.Posts.Select(p => (p.Id, p.AccountId, p.Text, p.Time, string.Join(' ', p.Urls), string.Join(' ', p.Hashtags))));
        Assert.Equal(expected.Accounts.Count, actual.Accounts.Count);
    }

    [Fact]
    public void Bytes_without_a_UTF16_mark_pass_through_unchanged()
    {
        using var dir = new TempDirectory();
        var bytes = new byte[] { 0xFF, 0x00, 0xFE, 0x41, 0xEF, 0xBB, 0xBF, 0x0A };
        var path = Path.Combine(dir.Path, "raw.bin");
        File.WriteAllBytes(path, bytes);
        using var stream = ExportStream.Open(path);
        var read = new MemoryStream();
        stream.CopyTo(read);
        Assert.Equal(bytes, read.ToArray());
        File.WriteAllBytes(path, [0xFF]);
        using var one = ExportStream.Open(path);
        Assert.Equal(0xFF, one.ReadByte());
        Assert.Equal(-1, one.ReadByte());
    }

    /// <summary>Twitter's information-operations archives are published as a zip of one CSV.</summary>
    [Fact]
    public void A_zip_of_one_export_is_read_as_that_export_and_other_zips_are_refused_with_what_to_do()
    {
        using var dir = new TempDirectory();
        var plain = dir.Write("ira.csv", IraCsv);
        var zipPath = Path.Combine(dir.Path, "ira_tweets_csv_hashed.zip");
        using (var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create))
        {
            zip.CreateEntry("ira_tweets_csv_hashed/");
            using var w = new StreamWriter(zip.CreateEntry("ira_tweets_csv_hashed/ira.csv").Open());
            w.Write(IraCsv);
        }
        Assert.Equal("ira", ImporterRegistry.Detect(zipPath).Importer?.Format);
        Assert.Equal(CollectingSink.Import(plain).Posts.Select(p => (p.Id, p.Text)), CollectingSink.Import(zipPath).Posts.Select(p => (p.Id, p.Text)));

        var two = Path.Combine(dir.Path, "two.zip");
        using (var zip = ZipFile.Open(two, ZipArchiveMode.Create))
        {
            zip.CreateEntryFromFile(plain, "a.csv");
            zip.CreateEntryFromFile(plain, "b.csv");
        }
        var e = Assert.Throws<InvalidDataException>(() => ImporterRegistry.OpenDecompressed(two));
        Assert.StartsWith($"{two}: a zip archive of 2 files (a.csv, b.csv)", e.Message);

        var cut = Path.Combine(dir.Path, "cut.zip");
        File.WriteAllBytes(cut, File.ReadAllBytes(zipPath)[..100]);
        e = Assert.Throws<InvalidDataException>(() => ImporterRegistry.OpenDecompressed(cut));
        Assert.StartsWith($"{cut}: not a readable zip archive", e.Message);
    }
}
