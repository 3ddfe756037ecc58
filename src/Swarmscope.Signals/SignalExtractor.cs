using System.Globalization;
using Swarmscope.Core;
using Swarmscope.Text;

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
        public long? CreatedSeconds;
        public long? Followers;
        public long? Following;
        public long? PostCount;
        public ulong? PhotoHash;
        public string? Description;
        public string? SourceFile;
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

        var latestByFile = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var row in rows)
            if (row.CreatedSeconds is { } created) NoteLatest(latestByFile, row.SourceFile, created);
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
            NoteLatest(latestByFile, p.Provenance.SourceFile, seconds);
            if (duplicatePosts is not null && dupGroups!.TryGetValue(p.Id, out var g)) duplicatePosts.Add((r, g));
        }

        HandleSignals(rows);
        CreationSignals(rows);
        RateSignals(rows, maxTime, latestByFile);
        PhotoSignals(rows);
        DescriptionSignals(rows);
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
        if (a.CreatedAt is { } created)
        {
            row.CreatedSeconds = created.ToUnixTimeSeconds();
            row.CreationDay = (int)Math.Floor(row.CreatedSeconds.Value / 86400.0);
        }
        if (a.Followers is { } followers) row.Followers = followers;
        if (a.Following is { } following) row.Following = following;
        if (a.PostCount is { } postCount) row.PostCount = postCount;
        if (!string.IsNullOrWhiteSpace(a.Description)) row.Description = a.Description;
        if (a.Provenance.SourceFile is { Length: > 0 } source) row.SourceFile = source;
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
        HandleModel? model = null;
        foreach (var row in rows)
        {
            var s = row.Signals;
            if (s.Handle is not { Length: > 0 } h) continue;
            if (row.Activity is { FirstHandle: not null } act)
            {
                var changes = act.OtherHandles?.Count ?? 0;
                s.Set(SignalCatalog.HandleChanges, changes,
                    changes > 0 ? $"appears under {changes + 1} handles: {act.FirstHandle}, {string.Join(", ", act.OtherHandles!)}" : null);
            }
            // A digest or id put there by the archive says nothing about how the account was named.
            if (HandlePseudonym.Kind(h) is { } kind)
            {
                s.Set(SignalCatalog.HandlePseudonymised, 1, $"handle is a {kind} (pseudonymised by the source), so handle signals are left out");
                continue;
            }
            s.Set(SignalCatalog.HandlePseudonymised, 0, null);
            var digits = HandleModel.TrailingDigits(h);
            s.Set(SignalCatalog.HandleDigits, digits, digits >= 3 ? $"handle '{h}' ends in {digits} digits" : null);
            model ??= HandleModel.Reference;
            var bits = model.BitsPerLetter(h);
            if (double.IsNaN(bits)) continue;
            var p = model.UpperTailPValue(bits);
            s.SetTested(SignalCatalog.HandleRandomness, bits, p, string.Create(CultureInfo.InvariantCulture,
                $"handle '{h}' looks random: {bits:0.0} bits per letter, more than {1 - p:0.#%} of ordinary names and words (median {model.Calibration.Center:0.0}; p = {p:0.#e0})"));
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
            var b = bursts[i];
            var date = DateTimeOffset.FromUnixTimeSeconds(day * 86400L).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            rows[i].Signals.SetTested(SignalCatalog.CreationBurst, -Math.Log10(b.PValue), b.PValue, string.Create(CultureInfo.InvariantCulture,
                $"created {date} with {b.Others} other accounts within a day, where this data set's rate gives about {b.Expected:0.#} (p = {b.PValue:0.#e0} after testing {b.DaysTested} creation days)"));
        }
    }

    private static void NoteLatest(Dictionary<string, long> latestByFile, string? file, long seconds)
    {
        if (file is not { Length: > 0 }) return;
        if (!latestByFile.TryGetValue(file, out var latest) || seconds > latest) latestByFile[file] = seconds;
    }

    /// <summary>
    /// Account age, and counts per day of it: an account's age runs from its creation to its last post in the data,
    /// or, with no posts, to the latest time its own export file shows (a profile cannot be older than the newest
    /// account or post collected with it; exports of different years can share one investigation), else the data
    /// set's latest time. At least one day.
    /// </summary>
    private static void RateSignals(List<Row> rows, long maxPostSeconds, Dictionary<string, long> latestByFile)
    {
        var latest = maxPostSeconds;
        foreach (var row in rows) if (row.CreatedSeconds is { } c && c > latest) latest = c;
        foreach (var row in rows)
        {
            if (row.CreatedSeconds is not { } created) continue;
            var end = row.Activity is { Count: > 0 } act ? LastPostSeconds(act)
                : row.SourceFile is { } file && latestByFile.TryGetValue(file, out var fileLatest) ? fileLatest : latest;
            var days = Math.Max(1, (end - created) / 86400.0);
            var ageText = string.Create(CultureInfo.InvariantCulture, $"{days:0} days");
            row.Signals.Set(SignalCatalog.AccountAge, Math.Log10(1 + days), string.Create(CultureInfo.InvariantCulture, $"{days:0} days old when last seen"));
            if (row.Followers is { } followers)
                row.Signals.Set(SignalCatalog.FollowersPerDay, Math.Log10(1 + Math.Max(0, followers) / days),
                    string.Create(CultureInfo.InvariantCulture, $"{followers} followers in {ageText} ({followers / days:0.###} a day)"));
            if (row.Following is { } following)
                row.Signals.Set(SignalCatalog.FollowingPerDay, Math.Log10(1 + Math.Max(0, following) / days),
                    string.Create(CultureInfo.InvariantCulture, $"follows {following} accounts after {ageText} ({following / days:0.###} a day)"));
            if (row.PostCount is { } posts)
                row.Signals.Set(SignalCatalog.PostsPerDay, Math.Log10(1 + Math.Max(0, posts) / days),
                    string.Create(CultureInfo.InvariantCulture, $"{posts} posts in {ageText} ({posts / days:0.#} a day)"));
        }
    }

    private static long LastPostSeconds(AccountActivity act)
    {
        uint last = 0;
        for (var i = 0; i < act.Count; i++) if (act.Times[i] > last) last = act.Times[i];
        return last;
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

    /// <summary>
    /// Profile descriptions written from one template ("Houston top news and stories, powered 24/7" / "Dallas top news
    /// and stories, ..."): the near-duplicate grouper of the text engine over all descriptions, with no time window.
    /// </summary>
    private static void DescriptionSignals(List<Row> rows)
    {
        var texts = new string?[rows.Count];
        var any = false;
        for (var i = 0; i < rows.Count; i++) { texts[i] = rows[i].Description; any |= texts[i] is not null; }
        if (!any) return;
        var options = new NearDuplicateOptions { WindowMs = null };
        var result = NearDuplicateGrouper.Group(texts, [], options);
        var sizes = new int[result.GroupCount];
        foreach (var g in result.GroupOfPost) if (g >= 0) sizes[g]++;
        for (var i = 0; i < rows.Count; i++)
        {
            if (texts[i] is not { } text) continue;
            var g = result.GroupOfPost[i];
            var others = g >= 0 ? sizes[g] - 1 : 0;
            rows[i].Signals.Set(SignalCatalog.SharedDescription, others, others > 0
                ? $"profile description is a near-copy of {others} other account{(others == 1 ? "'s" : "s'")} (\"{Clip(text, 60)}\")"
                : null);
        }
        foreach (var row in rows) row.Description = null;
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max] + "…";

    private void ActivitySignals(List<Row> rows, long minTime, long maxTime)
    {
        if (minTime > maxTime) return;
        var clock = new ZoneClock(_options.TimeZone, minTime, maxTime);
        var zone = _options.TimeZone.Id;
        var dormancy = (long)_options.DormancyGap.TotalSeconds;
        var minPosts = _options.MinPostsForRhythm;

        // Pass 1: shares and the data set's baseline for the rhythm tests. Accounts are independent: use every core.
        var baseline = new RhythmBaseline();
        var gate = new object();
        Parallel.ForEach(rows, () => new RhythmBaseline(), (row, _, local) =>
        {
            var act = row.Activity;
            if (act is null || act.Count == 0) return local;
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

            if (n < minPosts) return local;
            var times = act.Times.AsSpan(0, n);
            times.Sort();
            Span<int> gapBins = stackalloc int[RhythmAnalyzer.GapBins];
            Span<int> ratioBins = stackalloc int[RhythmAnalyzer.RatioBins];
            Span<int> hours = stackalloc int[24];
            var r = RhythmAnalyzer.Analyze(times, clock, HoursKnown(act), dormancy, gapBins, ratioBins, hours);
            local.Add(r, ratioBins, hours, n);
            return local;
        }, local => { lock (gate) baseline.Merge(local); });

        // Pass 2: each rhythm signal with its test against the other accounts.
        Parallel.ForEach(rows, row =>
        {
            var act = row.Activity;
            if (act is null || act.Count < minPosts) return;
            var s = row.Signals;
            var n = act.Count;
            Span<int> gapBins = stackalloc int[RhythmAnalyzer.GapBins];
            Span<int> ratioBins = stackalloc int[RhythmAnalyzer.RatioBins];
            Span<int> hours = stackalloc int[24];
            var r = RhythmAnalyzer.Analyze(act.Times.AsSpan(0, n), clock, HoursKnown(act), dormancy, gapBins, ratioBins, hours);
            var ci = CultureInfo.InvariantCulture;
            if (!double.IsNaN(r.GapCv))
            {
                var p = RhythmTests.Regularity(r);
                s.SetTested(SignalCatalog.GapRegularity, r.GapCv, p, string.Create(ci,
                    $"posts at regular intervals: the gaps vary by {r.GapCv:0.00} of their mean, where a random poster's vary by about 1 (p = {p:0.#e0}, {r.Gaps} gaps)"));
            }
            if (!double.IsNaN(r.GapEntropy))
            {
                var (share, classes) = baseline.OthersGapShare(r, ratioBins);
                var p = RhythmTests.SameGap(r, share, classes);
                var typical = Math.Max(r.MedianGap, RhythmAnalyzer.MinMedianGapSeconds) * RhythmAnalyzer.RatioBinMiddle(r.ModalRatioBin);
                s.SetTested(SignalCatalog.GapEntropy, r.GapEntropy, p, string.Create(ci,
                    $"the same gap again and again: {r.ModalRatioCount} of {r.Gaps} gaps about {Duration(typical)}, where this data set's accounts have {share:0%} of their gaps in the same place relative to their usual gap (p = {p:0.#e0})"));
            }
            if (!double.IsNaN(r.OfficeShare))
            {
                var others = baseline.OthersOfficeShare(r);
                var p = RhythmTests.OfficeHours(r, others, n);
                s.SetTested(SignalCatalog.OfficeHoursShare, r.OfficeShare, p, string.Create(ci,
                    $"{r.OfficeShare:0%} of {n} posts Mon-Fri 09-18 {zone} (office hours), where this data set's accounts average {others:0%} (p = {p:0.#e0})"));
            }
            if (r.QuietHours >= 0)
            {
                var night = baseline.OthersNightShare(r, hours, n);
                var p = RhythmTests.Sleepless(r, night, n);
                s.SetTested(SignalCatalog.LongestQuietHours, r.QuietHours, p, string.Create(ci,
                    $"sleepless: even its quietest {RhythmAnalyzer.NightHours} hours ({zone}) hold {r.QuietestNightPosts} of {n} posts, where this data set's accounts' nights hold {night:0.#%} (p = {p:0.#e0})"));
            }
            {
                var ratio = dormancy / Math.Max(r.MedianGap, RhythmAnalyzer.MinMedianGapSeconds);
                var others = baseline.OthersShareOfGapsAtLeast(ratio, r, ratioBins);
                var p = RhythmTests.Dormancy(r, others);
                s.SetTested(SignalCatalog.DormantRestarts, r.DormantRestarts, p, string.Create(ci,
                    $"fell silent {r.DormantRestarts} time(s) for {_options.DormancyGap.TotalDays:0}+ days and started again (longest {r.LongestDormancyDays} days), though it usually posts every {Duration(r.MedianGap)} (p = {p:0.#e0})"));
            }
        });
    }

    /// <summary>Hour-of-day signals need hours: most timestamps must be finer than a day.</summary>
    private static bool HoursKnown(AccountActivity act) => act.CoarseTimes * 2 < act.Count;

    private static string Duration(double seconds) => seconds switch
    {
        < 120 => string.Create(CultureInfo.InvariantCulture, $"{seconds:0} s"),
        < 7200 => string.Create(CultureInfo.InvariantCulture, $"{seconds / 60:0} min"),
        < 172800 => string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600:0.#} h"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{seconds / 86400:0.#} days"),
    };

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
