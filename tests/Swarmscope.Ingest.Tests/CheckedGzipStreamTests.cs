using System.IO.Compression;
using System.Text;
using Swarmscope.TestSupport;

namespace Swarmscope.Ingest.Tests;

public sealed class CheckedGzipStreamTests
{
    private static readonly byte[] Csv = Encoding.UTF8.GetBytes(
        "object_id,account_id,content_id,timestamp_share\n" +
        string.Concat(Enumerable.Range(0, 5000).Select(i => $"obj{i % 97},acct{i % 31},c{i},{1609459200 + i}\n")));

    private static byte[] Gzip(byte[] data)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(data);
        return output.ToArray();
    }

    private static byte[] ReadAll(byte[] gz, string path = "x.csv.gz")
    {
        using var stream = new CheckedGzipStream(new MemoryStream(gz), path);
        var result = new MemoryStream();
        stream.CopyTo(result);
        return result.ToArray();
    }

    [Fact]
    public void A_whole_file_reads_back_exactly()
    {
        Assert.Equal(Csv, ReadAll(Gzip(Csv)));
        Assert.Empty(ReadAll(Gzip([])));
    }

    /// <summary>GZipStream alone reads a cut file without complaint: the reason for this check.</summary>
    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(-8)] // only the trailer (CRC-32 and size) lost
    [InlineData(-1)]
    public void A_cut_file_is_an_error_naming_the_file(double cut)
    {
        var gz = Gzip(Csv);
        var length = cut > 0 ? (int)(gz.Length * cut) : gz.Length + (int)cut;
        var truncated = gz[..length];
        using (var plain = new GZipStream(new MemoryStream(truncated), CompressionMode.Decompress))
            plain.CopyTo(Stream.Null); // no exception: .NET does not notice

        var e = Assert.Throws<InvalidDataException>(() => ReadAll(truncated, "/data/tweets.csv.gz"));
        Assert.StartsWith("/data/tweets.csv.gz: the gzip data ends early", e.Message);
        Assert.Contains("truncated", e.Message);
    }

    [Fact]
    public void Joined_gzip_files_are_refused_with_how_to_import_them()
    {
        var joined = Gzip(Csv).Concat(Gzip("more,rows\n"u8.ToArray())).ToArray();
        var e = Assert.Throws<InvalidDataException>(() => ReadAll(joined));
        Assert.Contains("several gzip files joined", e.Message);
        Assert.Contains("gunzip -c", e.Message);
    }

    [Fact]
    public void Importing_a_cut_gzip_export_fails_instead_of_losing_its_tail_silently()
    {
        using var dir = new TempDirectory();
        var gz = Gzip(Csv);
        var path = Path.Combine(dir.Path, "coord.csv.gz");
        File.WriteAllBytes(path, gz[..(gz.Length - 8)]); // cut at a row end: every row is whole, only the trailer is gone
        var importer = ImporterRegistry.Detect(path).Importer;
        Assert.Equal("coortweet", importer?.Format);
        var sink = new CollectingSink();
        using var stream = ImporterRegistry.OpenDecompressed(path);
        var e = Assert.Throws<InvalidDataException>(() => importer!.Import(stream, new ImportContext { SourceFile = path }, sink));
        Assert.Contains(path, e.Message);
    }
}
