using Swarmscope.Core;

namespace Swarmscope.Signals;

/// <summary>All signals of one account. Values are NaN where unknown (not exported, too few posts, input not given).</summary>
public sealed class AccountSignals
{
    public AccountSignals(Platform platform, string accountId, string? handle)
    {
        Platform = platform;
        AccountId = accountId;
        Handle = handle;
        Values = new double[SignalCatalog.Count];
        Array.Fill(Values, double.NaN);
        Reasons = new string?[SignalCatalog.Count];
        PValues = new double[SignalCatalog.Count];
        Array.Fill(PValues, double.NaN);
    }

    public Platform Platform { get; }
    public string AccountId { get; }
    public string? Handle { get; internal set; }
    /// <summary>What accounts.csv shows in its `account` column: the handle where known, else the id.</summary>
    public string Label => string.IsNullOrEmpty(Handle) ? AccountId : Handle;
    public double[] Values { get; }
    public string?[] Reasons { get; }
    /// <summary>One-sided p-values of the tested signals (<see cref="SignalScale.Test"/>); NaN elsewhere.</summary>
    public double[] PValues { get; }

    public SignalValue this[int index] =>
        new(SignalCatalog.All[index].Name, double.IsNaN(Values[index]) ? null : Values[index], Reasons[index], double.IsNaN(PValues[index]) ? null : PValues[index]);

    public SignalValue this[string name] =>
        SignalCatalog.IndexOf(name) is var i and >= 0 ? this[i] : throw new ArgumentException($"no signal named '{name}'", nameof(name));

    public IEnumerable<SignalValue> All()
    {
        for (var i = 0; i < Values.Length; i++) yield return this[i];
    }

    internal void Set(int index, double value, string? reason)
    {
        Values[index] = value;
        Reasons[index] = reason;
    }

    /// <summary>A tested signal: its value, its test's p-value, and a reason shown only when the test is significant.</summary>
    internal void SetTested(int index, double value, double pValue, string? reason)
    {
        Values[index] = value;
        PValues[index] = pValue;
        Reasons[index] = pValue < SignalCatalog.Significance ? reason : null;
    }
}
