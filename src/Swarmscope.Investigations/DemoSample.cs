using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Swarmscope.Investigations;

/// <summary>
/// The demo's bundled sample, generated in code (deterministic, no real data): a small Twitter-like export in
/// Swarmscope's own CSV with a planted farm of six empty accounts that post one template within seconds,
/// during office hours, and all share one link; a Telegram channel dump where one channel forwards another's posts
/// minutes later; and a CooRTweet co-retweet table. Everything written is invented.
/// </summary>
public static class DemoSample
{
    public static readonly string[] FarmAccounts = ["kz_patriot_01", "kz_patriot_02", "kz_patriot_03", "kz_patriot_04", "kz_patriot_05", "kz_patriot_06"];

    private static readonly DateTime Start = new(2022, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly string[] OrganicTopics =
    [
        "Traffic on Abay avenue again this morning", "Anyone know a good dentist in Almaty?", "Snow in the mountains already",
        "Reading the debate transcript tonight", "Price of bread went up again", "Our school got new computers",
        "Football tonight: who is going?", "Queues at the polling station were short", "Great concert at the philharmonic",
        "Which candidate talks about water supply?", "Heating is still off in our building", "New bus route finally opened",
    ];

    private static readonly string[] Templates =
    [
        "I made a choice for the new Kazakhstan! #NewKazakhstan #Election2022",
        "We made a choice for the new Kazakhstan, join us! #NewKazakhstan",
        "Only a strong leader can keep #Kazakhstan stable. Vote! #Election2022",
    ];

    /// <summary>Writes the sample files into <paramref name="dir"/> and returns their paths in import order.</summary>
    public static IReadOnlyList<string> Write(string dir)
    {
        Directory.CreateDirectory(dir);
        var rng = new Random(2022);
        var accounts = Path.Combine(dir, "accounts.csv");
        var posts = Path.Combine(dir, "posts.csv");
        var telegram = Path.Combine(dir, "telegram-channels.json");
        var coortweet = Path.Combine(dir, "coortweet-shares.csv");
        WriteAccounts(accounts, rng);
        WritePosts(posts, rng);
        WriteTelegram(telegram, rng);
        WriteCoorTweet(coortweet, rng);
        return [accounts, posts, telegram, coortweet];
    }

    private static string Organic(int i) => "citizen_" + i.ToString("D2", CultureInfo.InvariantCulture);

    private static void WriteAccounts(string path, Random rng)
    {
        var sb = new StringBuilder("platform,account_id,handle,display_name,created_at,followers,following,post_count,description,profile_image_url,profile_image_hash,verified\n");
        for (var i = 0; i < 40; i++)
        {
            var created = Start.AddDays(-rng.Next(300, 4000));
            sb.Append(CultureInfo.InvariantCulture, $"twitter,{Organic(i)},{Organic(i)},\"Citizen {i}\",{Iso(created)},{rng.Next(20, 3000)},{rng.Next(20, 800)},{rng.Next(100, 9000)},\"Almaty, teacher, \"\"opinions my own\"\"\",https://pbs.example/img/{i}.jpg,{(ulong)rng.NextInt64():x16},false\n");
        }
        // The farm: created the same week, no photo, no bio, no followers ("no photos, no posts, no friends").
        foreach (var farm in FarmAccounts)
            sb.Append(CultureInfo.InvariantCulture, $"twitter,{farm},{farm},,{Iso(Start.AddDays(-20).AddHours(rng.Next(0, 96)))},0,{rng.Next(0, 3)},,,,,false\n");
        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
    }

    private static void WritePosts(string path, Random rng)
    {
        var sb = new StringBuilder("platform,post_id,account_id,account_handle,time,kind,text,language,target_post_id,target_account_id,urls,hashtags,mentions,media_hashes,channel\n");
        var id = 1000;
        for (var i = 0; i < 40; i++)
        {
            for (var n = rng.Next(5, 15); n > 0; n--)
            {
                var t = Start.AddMinutes(rng.Next(0, 14 * 24 * 60)).AddSeconds(rng.Next(60));
                var text = OrganicTopics[rng.Next(OrganicTopics.Length)];
                sb.Append(CultureInfo.InvariantCulture, $"twitter,{id++},{Organic(i)},{Organic(i)},{Iso(t)},post,\"{text}\",en,,,,,,,\n");
            }
        }
        // Planted coordination: 10 bursts in office hours (Almaty 09-18 = UTC 03-12); the six farm accounts post a
        // template within ~30 s of each other, sharing the same (tracking-tagged) link.
        for (var burst = 0; burst < 10; burst++)
        {
            var t0 = Start.AddDays(burst * 1.3).Date.AddHours(3 + rng.Next(0, 9)).AddMinutes(rng.Next(60));
            var template = Templates[burst % Templates.Length];
            foreach (var farm in FarmAccounts)
            {
                var t = t0.AddSeconds(rng.Next(0, 30));
                sb.Append(CultureInfo.InvariantCulture,
                    $"twitter,{id++},{farm},{farm},{Iso(t)},post,\"{template}\",en,,,https://news.example/candidate?utm_source=farm{burst},newkazakhstan election2022,,,\n");
            }
            // ... and retweet the same organic post together a minute later.
            var target = 1000 + rng.Next(0, 200);
            foreach (var farm in FarmAccounts)
                sb.Append(CultureInfo.InvariantCulture, $"twitter,{id++},{farm},{farm},{Iso(t0.AddSeconds(60 + rng.Next(0, 20)))},repost,,en,{target},,,,,,\n");
        }
        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
    }

    private static void WriteTelegram(string path, Random rng)
    {
        using var stream = File.Create(path);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartArray();
        var channels = new[] { (-1001000000001L, "Almaty Today"), (-1001000000002L, "Steppe News"), (-1001000000003L, "Patriot Digest") };
        var messageId = 500;
        for (var i = 0; i < 30; i++)
        {
            var t = Start.AddMinutes(rng.Next(0, 14 * 24 * 60));
            var (sender, channel) = channels[i % 2];
            var text = $"{OrganicTopics[rng.Next(OrganicTopics.Length)]}. More: https://news.example/{i} #news";
            Message(w, messageId++, sender, channel, t, text);
            // "Patriot Digest" copies every third story of "Steppe News" minutes later: a one-owner network pattern.
            if (i % 2 == 1 && i % 3 == 0) Message(w, messageId++, channels[2].Item1, channels[2].Item2, t.AddMinutes(rng.Next(2, 6)), text);
        }
        w.WriteEndArray();
    }

    private static void Message(Utf8JsonWriter w, int id, long sender, string channel, DateTime t, string text)
    {
        w.WriteStartObject();
        w.WriteNumber("message_id", id);
        w.WriteNumber("sender_id", sender);
        w.WriteString("text", text);
        w.WriteString("date", t.ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture));
        w.WriteString("channel", channel);
        w.WriteEndObject();
    }

    private static void WriteCoorTweet(string path, Random rng)
    {
        var sb = new StringBuilder("object_id,account_id,content_id,timestamp_share\n");
        var epoch = new DateTimeOffset(Start).ToUnixTimeSeconds();
        var content = 0;
        for (var o = 0; o < 40; o++)
        {
            var objectId = $"obj{o:D3}";
            var t0 = epoch + rng.Next(0, 14 * 24 * 3600);
            // Objects 0-9 are co-retweeted by the same five accounts within 10 s; the rest by random users over hours.
            var sharers = o < 10 ? Enumerable.Range(0, 5).Select(k => $"ring{k}").ToArray() : Enumerable.Range(0, rng.Next(2, 6)).Select(_ => $"user{rng.Next(60):D2}").Distinct().ToArray();
            foreach (var account in sharers)
                sb.Append(CultureInfo.InvariantCulture, $"{objectId},{account},c{content++:D5},{t0 + (o < 10 ? rng.Next(0, 10) : rng.Next(0, 6 * 3600))}\n");
        }
        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
    }

    private static string Iso(DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
