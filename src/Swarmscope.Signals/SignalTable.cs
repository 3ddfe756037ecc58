using Swarmscope.Core;

namespace Swarmscope.Signals;

/// <summary>The signals of every account in a dataset, in first-seen order.</summary>
public sealed class SignalTable
{
    private readonly Dictionary<(Platform, string), int> _index;

    public SignalTable(IReadOnlyList<AccountSignals> accounts)
    {
        Accounts = accounts;
        _index = new Dictionary<(Platform, string), int>(accounts.Count);
        for (var i = 0; i < accounts.Count; i++) _index[(accounts[i].Platform, accounts[i].AccountId)] = i;
    }

    public IReadOnlyList<AccountSignals> Accounts { get; }
    public int Count => Accounts.Count;

    public AccountSignals? Find(Platform platform, string accountId) =>
        _index.TryGetValue((platform, accountId), out var i) ? Accounts[i] : null;

    /// <summary>Finds by id on any platform, or by handle (case-insensitive) — what a labels file usually holds.</summary>
    public AccountSignals? FindByIdOrHandle(string key)
    {
        foreach (var a in Accounts)
            if (string.Equals(a.AccountId, key, StringComparison.Ordinal)) return a;
        foreach (var a in Accounts)
            if (string.Equals(a.Handle, key, StringComparison.OrdinalIgnoreCase) || string.Equals(a.AccountId, key, StringComparison.OrdinalIgnoreCase)) return a;
        return null;
    }

    /// <summary>A lookup from id and lower-cased handle to row, for matching many labels at once.</summary>
    public Dictionary<string, int> BuildKeyLookup()
    {
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Accounts.Count; i++)
        {
            map.TryAdd(Accounts[i].AccountId, i);
            if (Accounts[i].Handle is { Length: > 0 } h) map.TryAdd(h, i);
        }
        return map;
    }
}
