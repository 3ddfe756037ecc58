using System.Text;
using Swarmscope.TestSupport;

namespace Swarmscope.Cli.Tests;

/// <summary>
/// Issue 13 as an attacker plays it, through the real command: handles and texts with escape sequences and
/// right-to-left overrides, and account ids that look like spreadsheet formulas.
/// </summary>
public class HostileInputTests
{
    private const string PostsHeader = "platform,post_id,account_id,account_handle,time,kind,text,language,target_post_id,target_account_id,urls,hashtags,mentions,media_hashes,channel\n";

    /// <summary>Accounts named to attack: formula starts (written '@bot0 in clusters.csv), an override, escape sequences.</summary>
    private static readonly string[] Farm = ["@bot0", "=bot1", "+bot2", "-bot3", "bot\u202E4gnp", "\u001b[2Jbot5"];

    /// <summary>A farm of six accounts sharing the same eight links within seconds, twenty organic accounts, one CSV.</summary>
    private static string Posts()
    {
        var sb = new StringBuilder(PostsHeader);
        var id = 0;
        string Q(string s) => "\"" + s.Replace("\"", "\"\"") + "\"";
        for (var link = 0; link < 8; link++)
        for (var m = 0; m < Farm.Length; m++)
            sb.Append($"twitter,{id++},{Q(Farm[m])},{Q(m % 2 == 0 ? Farm[m] : "\u001b]0;pwned\u0007" + Farm[m])},2024-03-0{1 + link % 5}T1{link % 10}:00:{10 + m:00}.000Z,post,")
              .Append(Q($"\u202Eread this \u001b[31m now {link}")).Append($",en,,,https://farm.example/{link},,,,\n");
        var r = new Random(3);
        for (var a = 0; a < 20; a++)
        for (var p = 0; p < 8; p++)
            sb.Append($"twitter,{id++},user{a},user{a},2024-03-0{1 + r.Next(5)}T{r.Next(10, 24)}:{r.Next(60):00}:{r.Next(60):00}.000Z,post,")
              .Append($"ordinary post {a} {p},en,,,https://news.example/{r.Next(40)},,,,\n");
        return sb.ToString();
    }

    private static bool HasRawControl(string s) =>
        s.Any(c => c is < ' ' and not ('\n' or '\r' or '\t') or >= '\u007F' and <= '\u009F' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069');

    [Fact]
    public void NothingFromTheDataActsOnTheTerminalAndTheRoundTripMatchesFormulaLikeIds()
    {
        using var dir = new TempDirectory();
        var posts = dir.Write("posts.csv", Posts());
        var db = dir.File("inv.duckdb");

        var import = CliRun.Run("import", posts, "--db", db);
        Assert.Equal(0, import.Exit);
        Assert.False(HasRawControl(import.Output), import.Output);

        var detect = CliRun.Run("detect", "--db", db, "--out", dir.File("findings"), "--behaviours", "colink", "--alpha", "1");
        Assert.Equal(0, detect.Exit);
        Assert.False(HasRawControl(detect.Output), detect.Output);
        foreach (var file in Directory.GetFiles(dir.File("findings")))
            Assert.False(HasRawControl(File.ReadAllText(file)), Path.GetFileName(file));
        Assert.Contains("'@bot0", File.ReadAllText(dir.File("findings/clusters.csv")));

        // detect -> score: the members read back from clusters.csv are the stored accounts.
        var score = CliRun.Run("score", "--db", db, "--out", dir.File("accounts.csv"), "--clusters", dir.File("findings/clusters.csv"));
        Assert.Equal(0, score.Exit);
        Assert.False(HasRawControl(score.Output), score.Output);
        var rows = ReadCsv(dir.File("accounts.csv"));
        var header = rows[0];
        var member = Array.IndexOf(header, "in_coordinated_cluster");
        var accountId = Array.IndexOf(header, "account_id");
        foreach (var farmer in Farm)
            Assert.Equal("1", rows.Single(r => r[accountId] == farmer)[member]);
    }

    /// <summary>Swarmscope's own CSV as it reads it back (the one reader, neutralisation undone).</summary>
    private static List<string[]> ReadCsv(string path)
    {
        using var csv = new Swarmscope.Core.Csv.CsvReader(File.OpenRead(path), ownsStream: true);
        var rows = new List<string[]>();
        while (csv.Read())
        {
            var row = new string[csv.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = csv.GetText(i);
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>A rejected record's raw text and field echo no escape sequence into the error.</summary>
    [Fact]
    public void ImportErrorsShowEscapesNotRawControls()
    {
        using var dir = new TempDirectory();
        var bad = dir.Write("bad.csv", PostsHeader + "twitter,1,\"\u001b[2J\u001b]0;x\u0007evil\",h,not-a-time \u001b[31m\u202E,post,hi,,,,,,,,\n");
        var import = CliRun.Run("import", bad, "--db", dir.File("x.duckdb"));
        Assert.Equal(1, import.Exit);
        Assert.Contains("bad.csv", import.Err);
        Assert.False(HasRawControl(import.Output), import.Output);
        Assert.Contains("\\u{1B}", import.Err);
    }
}
