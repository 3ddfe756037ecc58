namespace Swarmscope.Detection;

/// <summary>
/// The actions of one behaviour in columnar form: row r is (account, object, time, post). Rows are grouped by
/// object (CSR offsets in <see cref="ObjectStart"/>) and sorted by time within an object, which is what the
/// window sweep needs. No per-row objects: the hot path only touches these arrays.
/// </summary>
public sealed class ActionTable
{
    public Behaviour Behaviour { get; }
    public int[] Account { get; }
    public int[] Object { get; }
    public long[] Time { get; }
    public int[] Post { get; }
    /// <summary>Rows of object o are [ObjectStart[o], ObjectStart[o+1]).</summary>
    public int[] ObjectStart { get; }
    public string[] ObjectKeys { get; }
    /// <summary>Number of accounts in the corpus (account indices are corpus-wide).</summary>
    public int AccountCount { get; }
    /// <summary>When set, every pair of actions on the same object counts, whatever the window (e.g. "same day" objects).</summary>
    public bool IgnoresWindow { get; }

    public int Count => Account.Length;
    public int ObjectCount => ObjectKeys.Length;

    private ActionTable(Behaviour behaviour, int[] account, int[] obj, long[] time, int[] post, int[] objectStart, string[] objectKeys, int accountCount, bool ignoresWindow)
    {
        Behaviour = behaviour; Account = account; Object = obj; Time = time; Post = post;
        ObjectStart = objectStart; ObjectKeys = objectKeys; AccountCount = accountCount; IgnoresWindow = ignoresWindow;
    }

    /// <summary>
    /// Builds the table from unsorted rows: counting sort by object, then sort by time inside each object. The input arrays may be longer than <paramref name="count"/>.
    /// </summary>
    public static ActionTable Build(Behaviour behaviour, int count, int[] account, int[] obj, long[] time, int[] post,
        string[] objectKeys, int accountCount, bool ignoresWindow = false)
    {
        var objectCount = objectKeys.Length;
        var start = new int[objectCount + 1];
        for (var i = 0; i < count; i++) start[obj[i] + 1]++;
        for (var o = 0; o < objectCount; o++) start[o + 1] += start[o];
        var fill = (int[])start.Clone();
        var acc = new int[count];
        var ob = new int[count];
        var tm = new long[count];
        var ps = new int[count];
        for (var i = 0; i < count; i++)
        {
            var at = fill[obj[i]]++;
            acc[at] = account[i]; ob[at] = obj[i]; tm[at] = time[i]; ps[at] = post[i];
        }
        // Within an object: sort by time with primitive keys (introsort: deterministic for the same input), carrying
        // the row index, then permute account and post. Ties keep whatever order the sort gives; nothing downstream
        // depends on the order of equal times except which evidence pair is listed first.
        var order = new int[16];
        var a2 = new int[16];
        var p2 = new int[16];
        var t2 = new long[16];
        for (var o = 0; o < objectCount; o++)
        {
            int s = start[o], e = start[o + 1], n = e - s;
            if (n < 2 || IsSorted(tm, s, e)) continue;
            if (order.Length < n) { order = new int[n]; a2 = new int[n]; p2 = new int[n]; t2 = new long[n]; }
            for (var k = 0; k < n; k++) order[k] = s + k;
            Array.Copy(tm, s, t2, 0, n);
            Array.Sort(t2, order, 0, n);
            Array.Copy(t2, 0, tm, s, n);
            for (var k = 0; k < n; k++) { a2[k] = acc[order[k]]; p2[k] = ps[order[k]]; }
            Array.Copy(a2, 0, acc, s, n); Array.Copy(p2, 0, ps, s, n);
        }
        return new ActionTable(behaviour, acc, ob, tm, ps, start, objectKeys, accountCount, ignoresWindow);
    }

    private static bool IsSorted(long[] t, int s, int e)
    {
        for (var i = s + 1; i < e; i++)
            if (t[i] < t[i - 1]) return false;
        return true;
    }

    /// <summary>Actions per account on this behaviour.</summary>
    public int[] ActionsPerAccount()
    {
        var counts = new int[AccountCount];
        foreach (var a in Account) counts[a]++;
        return counts;
    }

    /// <summary>
    /// Drops the actions of accounts with fewer than <paramref name="minParticipation"/> actions on this behaviour
    /// (CooRTweet's pre-filter), and objects left with nothing.
    /// </summary>
    public ActionTable WithMinParticipation(int minParticipation)
    {
        if (minParticipation <= 1) return this;
        var counts = ActionsPerAccount();
        var keep = 0;
        for (var i = 0; i < Count; i++) if (counts[Account[i]] >= minParticipation) keep++;
        if (keep == Count) return this;
        var acc = new int[keep]; var ob = new int[keep]; var tm = new long[keep]; var ps = new int[keep];
        var newObject = new int[ObjectCount];
        Array.Fill(newObject, -1);
        var keys = new List<string>();
        var k = 0;
        for (var i = 0; i < Count; i++)
        {
            if (counts[Account[i]] < minParticipation) continue;
            var o = Object[i];
            if (newObject[o] < 0) { newObject[o] = keys.Count; keys.Add(ObjectKeys[o]); }
            acc[k] = Account[i]; ob[k] = newObject[o]; tm[k] = Time[i]; ps[k] = Post[i]; k++;
        }
        return Build(Behaviour, keep, acc, ob, tm, ps, keys.ToArray(), AccountCount, IgnoresWindow);
    }

    /// <summary>Distinct accounts per object (for hub discounting and the null model).</summary>
    public int[] DistinctAccountsPerObject()
    {
        var result = new int[ObjectCount];
        var lastSeen = new int[AccountCount];
        Array.Fill(lastSeen, -1);
        for (var o = 0; o < ObjectCount; o++)
        {
            var n = 0;
            for (var i = ObjectStart[o]; i < ObjectStart[o + 1]; i++)
            {
                var a = Account[i];
                if (lastSeen[a] != o) { lastSeen[a] = o; n++; }
            }
            result[o] = n;
        }
        return result;
    }
}
