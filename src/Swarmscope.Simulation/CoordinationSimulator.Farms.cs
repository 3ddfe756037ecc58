using Swarmscope.Core;

namespace Swarmscope.Simulation;

/// <summary>Planted farms with configurable tactics (<see cref="FarmTactics"/>): pools of texts, daily bursts in office hours.</summary>
public sealed partial class CoordinationSimulator
{
    private List<PlantedGroup> WriteFarms(FarmTactics t, SimObject[] objects, int organic, int mediaCount, SimulationSummary summary)
    {
        var random = new Random(unchecked(_o.Seed * 1_000_003 + 17));
        var text = new SimulatedText(random);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(t.TimeZone);
        var byTime = new int[objects.Length];
        for (var i = 0; i < byTime.Length; i++) byTime[i] = i;
        Array.Sort(byTime, (x, y) => objects[x].TimeMs.CompareTo(objects[y].TimeMs));
        var farms = new List<PlantedGroup>();
        for (var f = 0; f < t.Count; f++)
        {
            var group = new PlantedGroup($"farm-{f + 1}", "farm", new int[t.Size], f);
            var registered = _startMs - (long)((30 + random.NextDouble() * 300) * DayMs);
            var stolenPhotos = new ulong[3];
            for (var p = 0; p < stolenPhotos.Length; p++) stolenPhotos[p] = (ulong)random.NextInt64();
            for (var m = 0; m < t.Size; m++)
            {
                var index = _accounts.Count;
                _accounts.Add(PlantedAccount(random, index, registered, stolenPhotos, -1));
                group.Members[m] = index;
            }
            farms.Add(group);
            summary.Groups[group.Name] = t.Size;
            summary.PlantedAccounts += t.Size;
            summary.Farms++;

            var pool = new FarmTextPool(t.PoolSize, t.Variation, random, f * t.PoolSize);
            var officeMinutes = (t.OfficeEndHour - t.OfficeStartHour) * 60;
            var slack = officeMinutes - (int)Math.Ceiling(t.Burst.TotalMinutes + t.Jitter.TotalMinutes);
            var usualStart = t.OfficeStartHour * 60 + random.Next(Math.Max(1, slack + 1));
            var cycle = t.DaysOn + t.DaysOff;
            var phase = random.Next(cycle);
            for (var d = 0; d < _o.Days; d++)
            {
                var localDay = _o.Start.UtcDateTime.Date.AddDays(d);
                if (t.WeekdaysOnly && localDay.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) continue;
                if (t.DaysOff > 0 && (d + phase) % cycle >= t.DaysOn) continue;
                var startMinute = usualStart + random.NextDouble() * t.Jitter.TotalMinutes;
                var local = DateTime.SpecifyKind(localDay.AddMinutes(startMinute), DateTimeKind.Unspecified);
                var burstStart = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone)).ToUnixTimeMilliseconds();
                var burstMs = (long)t.Burst.TotalMilliseconds;
                // Shared objects: the farm comments under the day's most visible official post, as organic readers do.
                var official = t.Objects == FarmObjects.Shared ? OfficialPost(objects, byTime, burstStart, mediaCount, random, text) : default;
                foreach (var m in group.Members)
                {
                    if (random.NextDouble() >= t.DailyParticipation) continue;
                    for (var k = 0; k < t.PostsPerActiveDay; k++)
                    {
                        var time = burstStart + (long)(random.NextDouble() * burstMs);
                        if (t.Objects == FarmObjects.Shared)
                            WritePost(m, PostKind.Reply, time, "@" + _accounts[official.Author].Handle + " " + pool.Post(), official.Id, official.Author, null);
                        else
                            WritePost(m, PostKind.Post, time, pool.Post(), null, -1, null);
                    }
                }
            }
            // Real supporters copy a slogan now and then: organic accounts posting a few of the farm's texts once each.
            for (var c = 0; c < t.OrganicCopiers; c++)
            {
                var copier = mediaCount + random.Next(organic - mediaCount);
                var copies = 1 + random.Next(3);
                for (var k = 0; k < copies; k++) WritePost(copier, PostKind.Post, _startMs + random.Next(_o.Days) * DayMs + HourOfDayMs(random), pool.Post(), null, -1, null);
            }
            // Filler between pushes: random sentences in office hours and reposts of popular posts, to blend in.
            foreach (var m in group.Members)
            {
                for (var k = 0; k < t.FillerPosts; k++)
                {
                    if (random.Next(3) == 0)
                    {
                        var o = objects[random.Next(Math.Min(50, objects.Length))];
                        WritePost(m, PostKind.Repost, o.TimeMs + (long)(HourMs * 2 * Math.Exp(Gaussian(random))), "RT @" + _accounts[o.Author].Handle + ": " + o.Text, o.Id, o.Author, null);
                        continue;
                    }
                    var day = _o.Start.UtcDateTime.Date.AddDays(random.Next(_o.Days));
                    var local = DateTime.SpecifyKind(day.AddMinutes(t.OfficeStartHour * 60 + random.NextDouble() * officeMinutes), DateTimeKind.Unspecified);
                    WritePost(m, PostKind.Post, new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone)).ToUnixTimeMilliseconds(), text.Sentence(), null, -1, null);
                }
            }
        }
        return farms;
    }

    /// <summary>The most popular catalogue post of the 12 hours before <paramref name="beforeMs"/>, or a new one by a media account.</summary>
    private SimObject OfficialPost(SimObject[] objects, int[] byTime, long beforeMs, int mediaCount, Random random, SimulatedText text)
    {
        var best = -1;
        var lo = LowerBound(objects, byTime, beforeMs - 12 * HourMs);
        for (var i = lo; i < byTime.Length && objects[byTime[i]].TimeMs < beforeMs - 300_000; i++)
            if (best < 0 || byTime[i] < best) best = byTime[i];
        if (best >= 0) return objects[best];
        var author = random.Next(mediaCount);
        var time = beforeMs - 30 * 60_000;
        var sentence = text.Sentence();
        return new SimObject(WritePost(author, PostKind.Post, time, sentence, null, -1, null), author, time, sentence);
    }

    private static int LowerBound(SimObject[] objects, int[] byTime, long timeMs)
    {
        int lo = 0, hi = byTime.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (objects[byTime[mid]].TimeMs < timeMs) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
