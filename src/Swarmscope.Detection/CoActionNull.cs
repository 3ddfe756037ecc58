using Swarmscope.Core.Statistics;

namespace Swarmscope.Detection;

/// <summary>
/// The null model for one behaviour layer: accounts choose their objects independently, in proportion to each
/// object's popularity (a bipartite configuration model that keeps every account's activity and every object's
/// popularity), and two actions on the same object land within the window with the probability the object's own
/// timing gives (q_o, the share of its action pairs that are in window). Each of b's k_b actions lands on object o
/// with probability n_o/N (n_o actions on o, N actions in the layer), so the expected number of in-window action
/// pairs of a and b is <c>λ_ab = (k_b·S_a + k_a·S_b) / (2N)</c> with S_a = Σ over a's actions of n_o·q_o. That
/// count is a sum of many small, nearly independent Bernoullis, hence Poisson; the edge weight (distinct objects)
/// never exceeds it, so p = P(Poisson(λ_ab) ≥ weight) is conservative. Counting actions rather than distinct
/// objects matters: an account that replies to the same post five times has five chances to land in a window.
/// An account's activity k is all its posts (each could have been an action on the layer) and N all posts, so a
/// behaviour that only a few accounts show is rare under the null, as it is in the population.
/// <para>
/// On reaction layers (<see cref="ReactionSource"/>) the model is stratified by source: whose posts an account
/// reposts or replies to is what it follows, not evidence of coordination. Within source s, b's k_bs actions on
/// s's objects land on object o with probability n_o / n_s, so <c>λ_ab = Σ_s (k_bs·S_as + k_as·S_bs) / (2 n_s)</c>
/// over the sources both act on (actions with an unknown source keep the formula above). Without it a star's fans,
/// who repost most of the star's posts, or news channels that forward each other look coordinated merely by
/// following the same account (measured in docs/detection.md, "What the null model conditions on").
/// </para>
/// <para>
/// Why not shuffle or shift each account's timeline? Objects are short-lived (a post is reposted in the hours after
/// it appears), so any shuffle that keeps an account's objects but moves its times destroys almost all co-action,
/// organic or not, and every edge with weight ≥ 2 looks "significant". Popularity and burstiness are what make
/// organic co-action likely; this null conditions on both, so accounts that merely share viral posts are not
/// flagged while a group that repeatedly co-acts on objects few others touch is.
/// </para>
/// </summary>
public sealed class CoActionNull
{
    private readonly int[] _actions;
    private readonly double[] _exposure;
    private readonly double _total;
    // Source strata (reaction layers only): per account a run [_start[a], _start[a+1]) of (source, k, S), sorted by source.
    private readonly int[]? _start;
    private readonly int[] _source = [];
    private readonly double[] _k = [];
    private readonly double[] _s = [];
    private readonly double[] _sourceActions = [];

    /// <param name="postsPerAccount">
    /// Every post of each account (an opportunity to act on the layer), with <paramref name="totalPosts"/>; null
    /// measures activity by the layer's own actions.
    /// </param>
    /// <param name="sourceOfRow">Per table row, its source (<see cref="ReactionSource.OfRows"/>; −1 = unknown), or null for a layer without sources.</param>
    public CoActionNull(ActionTable table, long windowMs, int[]? postsPerAccount = null, long totalPosts = 0, int[]? sourceOfRow = null)
    {
        var inWindow = InWindowShare(table, windowMs);
        _actions = new int[table.AccountCount];
        _exposure = new double[table.AccountCount];
        var contributionOfRow = sourceOfRow is null ? null : new double[table.Count];
        for (var o = 0; o < table.ObjectCount; o++)
        {
            int s = table.ObjectStart[o], e = table.ObjectStart[o + 1];
            var contribution = (e - s) * inWindow[o];
            for (var i = s; i < e; i++)
            {
                _actions[table.Account[i]]++;
                if (contributionOfRow is not null) contributionOfRow[i] = contribution;
                // Rows with a known source go to their stratum; the rest keep the unstratified model.
                if (sourceOfRow is null || sourceOfRow[i] < 0) _exposure[table.Account[i]] += contribution;
            }
        }
        _total = Math.Max(1, table.Count);
        if (postsPerAccount is not null && totalPosts > 0)
        {
            // Activity = all of an account's posts. Counting only its actions on this layer would condition on the
            // behaviour under test: in a layer that only a farm produces (templated text), the farm's own actions
            // make every member "expected" to co-act, and nothing is ever significant.
            for (var a = 0; a < _actions.Length; a++) _actions[a] = Math.Max(_actions[a], postsPerAccount[a]);
            _total = Math.Max(_total, totalPosts);
        }
        if (sourceOfRow is null) return;

        // Strata: (account, source) → k actions and exposure S; n_s actions per source.
        var known = 0;
        foreach (var src in sourceOfRow) if (src >= 0) known++;
        var keys = new long[known];
        var values = new double[known];
        var sources = 0;
        for (int i = 0, j = 0; i < table.Count; i++)
        {
            if (sourceOfRow[i] < 0) continue;
            keys[j] = (long)table.Account[i] << 32 | (uint)sourceOfRow[i];
            values[j++] = contributionOfRow![i];
            sources = Math.Max(sources, sourceOfRow[i] + 1);
        }
        Array.Sort(keys, values);
        _sourceActions = new double[sources];
        var entries = 0;
        for (var j = 0; j < known; j++) if (j == 0 || keys[j] != keys[j - 1]) entries++;
        _source = new int[entries];
        _k = new double[entries];
        _s = new double[entries];
        _start = new int[table.AccountCount + 1];
        var at = -1;
        for (var j = 0; j < known; j++)
        {
            if (j == 0 || keys[j] != keys[j - 1])
            {
                at++;
                _source[at] = (int)(keys[j] & 0xFFFFFFFF);
                _start[(int)(keys[j] >> 32) + 1]++;
            }
            _k[at]++;
            _s[at] += values[j];
            _sourceActions[_source[at]]++;
        }
        for (var a = 0; a < table.AccountCount; a++) _start[a + 1] += _start[a];
    }

    /// <summary>Expected co-action weight of the pair under the null.</summary>
    public double ExpectedWeight(int a, int b)
    {
        var lambda = (_actions[b] * _exposure[a] + _actions[a] * _exposure[b]) / (2 * _total);
        if (_start is null) return lambda;
        // Merge the two accounts' source runs: only sources both act on can bring them together.
        int i = _start[a], ie = _start[a + 1], j = _start[b], je = _start[b + 1];
        while (i < ie && j < je)
        {
            if (_source[i] < _source[j]) { i++; continue; }
            if (_source[i] > _source[j]) { j++; continue; }
            lambda += (_k[j] * _s[i] + _k[i] * _s[j]) / (2 * _sourceActions[_source[i]]);
            i++; j++;
        }
        return lambda;
    }

    public double PValue(int a, int b, int weight) => PoissonTail.AtLeast(weight, ExpectedWeight(a, b));

    /// <summary>Per object: the share of its pairs of actions that are within the window (1 when the behaviour ignores the window).</summary>
    public static double[] InWindowShare(ActionTable table, long windowMs)
    {
        var share = new double[table.ObjectCount];
        for (var o = 0; o < table.ObjectCount; o++)
        {
            int s = table.ObjectStart[o], e = table.ObjectStart[o + 1];
            long n = e - s;
            if (n < 2 || table.IgnoresWindow) { share[o] = 1; continue; }
            long pairs = 0;
            var lo = s;
            for (var j = s + 1; j < e; j++)
            {
                while (table.Time[j] - table.Time[lo] > windowMs) lo++;
                pairs += j - lo;
            }
            share[o] = pairs / (n * (n - 1) / 2.0);
        }
        return share;
    }
}
