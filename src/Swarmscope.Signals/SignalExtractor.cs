using System.Globalization;
using Swarmscope.Core;

namespace Swarmscope.Signals;

/// <summary>
/// Computes every per-account signal from streams of accounts and posts (e.g. the store's ReadAccounts/ReadPosts).
/// Posts may come in any order; per account only post times (4 bytes each) and counters are kept.
/// Accounts seen only as post authors get the post-based signals.
/// </summary>
public sealed class SignalExtractor
{
    private readonly SignalOptions _options;

    public SignalExtractor(SignalOptions? options = null) => _options = options ?? new SignalOptions();

    private sealed class Row
    {
        public required AccountSignals Signals;
        public int? CreationDay;
        public ulong? PhotoHash;
        public string? ProfileHandle;
        public AccountActivity? Activity;
    }

    public SignalTable Extract(IEnumerable<Account> accounts, IEnumerable<Post> posts)
    {
        var rows = new List<Row>();
        var index = new Dictionary<(Platform, string), int>();

        foreach (var a in accounts)
        {
            if (index.TryGetValue((a.Platform, a.Id), out var existing))
            {
                // A repeated account (e.g. one row per tweet in an IO-archive file): the latest profile wins,
                // and a different handle is a handle change the data shows.
                var row = rows[existing];
                if (a.Handle is { Length: > 0 } h2 && row.ProfileHandle is { Length: > 0 } h1 && !string.Equals(h1, h2, StringComparison.OrdinalIgnoreCase))
                {
                    var act = row.Activity ??= new AccountActivity();
                    if (act.FirstHandle is null) act.NoteHandle(h1);
                    act.NoteHandle(h2);
                }
                Fill(row, a);
                continue;
            }
            var fresh = new Row { Signals = new AccountSignals(a.Platform, a.Id, a.Handle) };
            Fill(fresh, a);
            index[(a.Platform, a.Id)] = rows.Count;
            rows.Add(fresh);
        }

        var dupGroups = _options.NearDuplicateGroups;
        var burstIds = _options.BurstPostIds;
        List<(int Row, int Group)>? duplicatePosts = dupGroups is null ? null : [];
        string? lastAccount = null;
        var lastPlatform = Platform.Unknown;
        var lastRow = -1;
        long minTime = long.MaxValue, maxTime = long.MinValue;
        foreach (var p in posts)
        {
            int r;
            if (lastRow >= 0 && p.Platform == lastPlatform && (ReferenceEquals(p.AccountId, lastAccount) || p.AccountId == lastAccount)) r = lastRow;
            else
            {
                if (!index.TryGetValue((p.Platform, p.AccountId), out r))
                {
                    r = rows.Count;
                    index[(p.Platform, p.AccountId)] = r;
                    rows.Add(new Row { Signals = new AccountSignals(p.Platform, p.AccountId, p.AccountHandle) });
                }
                lastRow = r;
                lastAccount = p.AccountId;
                lastPlatform = p.Platform;
            }
            var row = rows[r];
            var activity = row.Activity ??= new AccountActivity();
            if (activity.Count == 0 && activity.FirstHandle is null && row.ProfileHandle is { } ph) activity.NoteHandle(ph);
            activity.Add(p, burstIds is not null && burstIds.Contains(p.Id));
            var seconds = p.Time.UnixMilliseconds / 1000;
            if (seconds < minTime) minTime = seconds;
            if (seconds > maxTime) maxTime = seconds;
            if (duplicatePosts is not null && dupGroups!.TryGetValue(p.Id, out var g)) duplicatePosts.Add((r, g));
        }

        HandleSignals(rows);
        CreationSignals(rows);
        PhotoSignals(rows);
        ActivitySignals(rows, minTime, maxTime);
        if (duplicatePosts is not null) DuplicateSignals(rows, duplicatePosts);
        if (_options.CoordinatedAccountIds is { } coordinated)
            foreach (var row in rows)
            {
                var member = coordinated.Contains(row.Signals.AccountId) || row.Signals.Handle is { Length: > 0 } h && coordinated.Contains(h);
                row.Signals.Set(SignalCatalog.InCoordinatedCluster, member ? 1 : 0, member ? "member of a detected coordinated cluster" : null);
            }

        var result = new AccountSignals[rows.Count];
        for (var i = 0; i < rows.Count; i++) result[i] = rows[i].Signals;
        return new SignalTable(result);
    }

    private void Fill(Row row, Account a)
    {
        if (a.Handle is { Length: > 0 } h) { row.ProfileHandle = h; row.Signals.Handle = h; }
        if (a.CreatedAt is { } created) row.CreationDay = (int)Math.Floor(created.ToUnixTimeSeconds() / 86400.0);
        if (a.ProfileImageHash is { } hash) row.PhotoHash = hash;
        else if (_options.PhotoFolder is { } folder && ProfileImageHasher.FindLocalFile(folder, a.ProfileImageUrl, a.Id, a.Handle) is { } file)
        {
            row.PhotoHash = ProfileImageHasher.TryHashFile(file, out var problem);
            if (problem is not null) _options.OnWarning?.Invoke(problem);
        }
        ProfileSignals.Compute(a, row.Signals);
    }

    private static void HandleSignals(List<Row> rows)
    {
        var model = new HandleModel();
        foreach (var row in rows)
            if (row.Signals.Handle is { Length: > 0 } h) model.Add(h);
        foreach (var row in rows)
        {
            var s = row.Signals;
            if (s.Handle is not { Length: > 0 } h) continue;
            var digits = HandleModel.TrailingDigits(h);
            s.Set(SignalCatalog.HandleDigits, digits, digits >= 3 ? $"handle '{h}' ends in {digits} digits" : null);
            if (model.HandleCount >= 20)
            {
                var bits = model.BitsPerCharacter(h);
                s.Set(SignalCatalog.HandleRandomness, bits,
                    string.Create(CultureInfo.InvariantCulture, $"handle '{h}' looks random: {bits:0.0} bits per character under this dataset's handle model"));
            }
            if (row.Activity is { FirstHandle: not null } act)
            {
                var changes = act.OtherHandles?.Count ?? 0;
                s.Set(SignalCatalog.HandleChanges, changes,
                    changes > 0 ? $"appears under {changes + 1} handles: {act.FirstHandle}, {string.Join(", ", act.OtherHandles!)}" : null);
            }
        }
    }

    private static void CreationSignals(List<Row> rows)
    {
        var days = new int?[rows.Count];
        for (var i = 0; i < rows.Count; i++) days[i] = rows[i].CreationDay;
        var bursts = CreationBurstDetector.Score(days);
        for (var i = 0; i < rows.Count; i++)
        {
            if (days[i] is not { } day) continue;
            var (surprise, others, expected) = bursts[i];
            var date = DateTimeOffset.FromUnixTimeSeconds(day * 86400L).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            rows[i].Signals.Set(SignalCatalog.CreationBurst, surprise, others > 0
                ? string.Create(CultureInfo.InvariantCulture, $"created {date} with {others} other accounts within a day (about {expected:0.#} expected from this dataset's rate)")
                : null);
        }
    }

    private void PhotoSignals(List<Row> rows)
    {
        var hashes = new ulong?[rows.Count];
        for (var i = 0; i < rows.Count; i++) hashes[i] = rows[i].PhotoHash;
        var counts = PhotoReuseIndex.CountNeighbours(hashes, _options.PhotoHammingThreshold);
        for (var i = 0; i < rows.Count; i++)
            if (counts[i] >= 0)
                rows[i].Signals.Set(SignalCatalog.SharedPhoto, counts[i], counts[i] > 0
                    ? $"same or near-same profile photo (≤{_options.PhotoHammingThreshold} bits apart) as {counts[i]} other account{(counts[i] == 1 ? "" : "s")}"
                    : null);
    }

    private void ActivitySignals(List<Row> rows, long minTime, long maxTime)
    {
        if (minTime > maxTime) return;
        var clock = new ZoneClock(_options.TimeZone, minTime, maxTime);
        var zone = _options.TimeZone.Id;
        var dormancy = (long)_options.DormancyGap.TotalSeconds;
        // Accounts are independent: use every core.
        Parallel.ForEach(rows, row =>
        {
            var act = row.Activity;
            if (act is null || act.Count == 0) return;
            var s = row.Signals;
            var n = act.Count;
            s.Set(SignalCatalog.RepostRatio, act.Reposts / (double)n, act.Reposts * 2 > n ? $"{act.Reposts} of {n} posts are reposts" : null);
            s.Set(SignalCatalog.ReplyRatio, act.Replies / (double)n, act.Replies * 2 > n ? $"{act.Replies} of {n} posts are replies" : null);
            if (_options.BurstPostIds is not null)
                s.Set(SignalCatalog.BurstShare, act.InBursts / (double)n, act.InBursts > 0 ? $"{act.InBursts} of {n} posts inside coordinated bursts" : null);

            var letters = act.CyrillicLetters + act.LatinLetters + act.OtherLetters;
            if (letters > 0)
            {
                s.Set(SignalCatalog.CyrillicShare, act.CyrillicLetters / (double)letters, null);
                s.Set(SignalCatalog.LatinShare, act.LatinLetters / (double)letters, null);
            }
            if (act.Languages is { } langs)
            {
                var count = 0;
                for (var i = 0; i < langs.Length; i++)
                    if (langs[i] is not null && act.LanguageCounts![i] * 10 >= n) count++;
                s.Set(SignalCatalog.LanguageCount, count, null);
            }

            if (n < _options.MinPostsForRhythm) return;
            var times = act.Times.AsSpan(0, n);
            times.Sort();
            var hoursKnown = act.CoarseTimes * 2 < n;
            var r = RhythmAnalyzer.Analyze(times, clock, hoursKnown, dormancy);
            if (!double.IsNaN(r.GapCv))
                s.Set(SignalCatalog.GapRegularity, r.GapCv, r.GapCv < 0.3
                    ? string.Create(CultureInfo.InvariantCulture, $"posts at near-regular intervals (variation {r.GapCv:0.00} of the mean gap)") : null);
            if (!double.IsNaN(r.GapEntropy))
                s.Set(SignalCatalog.GapEntropy, r.GapEntropy, r.GapEntropy < 1
                    ? string.Create(CultureInfo.InvariantCulture, $"almost always the same time between posts (gap entropy {r.GapEntropy:0.00} bits)") : null);
            if (!double.IsNaN(r.OfficeShare))
                s.Set(SignalCatalog.OfficeHoursShare, r.OfficeShare, r.OfficeShare >= 0.6
                    ? string.Create(CultureInfo.InvariantCulture, $"{r.OfficeShare * 100:0}% of posts Mon-Fri 09-18 {zone} (office hours)") : null);
            if (r.QuietHours >= 0)
                s.Set(SignalCatalog.LongestQuietHours, r.QuietHours, r.QuietHours <= 2 && n >= 48
                    ? $"sleepless: never quiet for more than {r.QuietHours} hour(s) of the day ({zone})" : null);
            s.Set(SignalCatalog.DormantRestarts, r.DormantRestarts, r.DormantRestarts > 0
                ? string.Create(CultureInfo.InvariantCulture, $"fell silent {r.DormantRestarts} time(s) for {_options.DormancyGap.TotalDays:0}+ days and started again (longest {r.LongestDormancyDays} days)") : null);
        });
    }

    private static void DuplicateSignals(List<Row> rows, List<(int Row, int Group)> duplicatePosts)
    {
        // A group counts when it holds posts of at least two different accounts.
        var firstRow = new Dictionary<int, int>();
        var multi = new HashSet<int>();
        foreach (var (r, g) in duplicatePosts)
        {
            if (!firstRow.TryGetValue(g, out var f)) firstRow[g] = r;
            else if (f != r) multi.Add(g);
        }
        var hits = new int[rows.Count];
        foreach (var (r, g) in duplicatePosts)
            if (multi.Contains(g)) hits[r]++;
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Activity is not { Count: > 0 } act) continue;
            var share = hits[i] / (double)act.Count;
            rows[i].Signals.Set(SignalCatalog.NearDuplicateShare, share, hits[i] > 0 ? $"{hits[i]} of {act.Count} posts are near-duplicates of other accounts' posts" : null);
        }
    }
}
