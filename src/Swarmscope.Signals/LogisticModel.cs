using System.Text.Json;
using System.Text.Json.Serialization;

namespace Swarmscope.Signals;

/// <summary>
/// The optional supervised model: L2-regularised logistic regression on robustly standardised signals
/// (unknown → the training median, i.e. 0 after standardising), fitted by Newton's method. Small, exact,
/// explainable (each signal's contribution is weight × standardised value) and saved as readable JSON.
/// </summary>
public sealed class LogisticModel
{
    public const string FormatName = "swarmscope-logistic-v1";

    public sealed record Feature(string Name, double Center, double Scale, double Weight);

    [JsonPropertyName("format")] public string Format { get; init; } = FormatName;
    [JsonPropertyName("bias")] public double Bias { get; init; }
    [JsonPropertyName("ridge")] public double Ridge { get; init; }
    [JsonPropertyName("trained_on")] public int TrainedOn { get; init; }
    [JsonPropertyName("features")] public List<Feature> Features { get; init; } = [];

    private int[]? _indices;

    private int[] Indices => _indices ??= Features.Select(f => SignalCatalog.IndexOf(f.Name)).ToArray();

    /// <summary>Fits on the given rows (labels 1 = inauthentic). <paramref name="excluded"/> names signals to leave out.</summary>
    public static LogisticModel Train(IReadOnlyList<AccountSignals> rows, IReadOnlyList<int> labels, IReadOnlyCollection<string>? excluded = null, double ridge = 1.0)
    {
        var features = new List<Feature>();
        var column = new double[rows.Count];
        for (var s = 0; s < SignalCatalog.Count; s++)
        {
            var name = SignalCatalog.All[s].Name;
            if (!SignalCatalog.All[s].Scored) continue; // language and script are shown, never scored; nor is the pseudonym flag
            if (excluded is not null && excluded.Contains(name, StringComparer.OrdinalIgnoreCase)) continue;
            for (var i = 0; i < rows.Count; i++) column[i] = rows[i].Values[s];
            var stats = SignalStatistics.Fit(column);
            if (stats.Known == 0 || stats.Scale <= 1e-12) continue;
            features.Add(new Feature(name, stats.Center, stats.Scale, 0));
        }
        var d = features.Count + 1; // last = bias
        var x = new double[rows.Count, d];
        var idx = features.Select(f => SignalCatalog.IndexOf(f.Name)).ToArray();
        for (var i = 0; i < rows.Count; i++)
        {
            for (var j = 0; j < features.Count; j++) x[i, j] = Standardise(rows[i].Values[idx[j]], features[j]);
            x[i, d - 1] = 1;
        }
        var w = new double[d];
        var gradient = new double[d];
        var hessian = new double[d, d];
        for (var iteration = 0; iteration < 50; iteration++)
        {
            Array.Clear(gradient);
            Array.Clear(hessian);
            for (var i = 0; i < rows.Count; i++)
            {
                double z = 0;
                for (var j = 0; j < d; j++) z += w[j] * x[i, j];
                var p = Sigmoid(z);
                var r = p - labels[i];
                var weight = Math.Max(p * (1 - p), 1e-9);
                for (var j = 0; j < d; j++)
                {
                    gradient[j] += r * x[i, j];
                    for (var k = 0; k <= j; k++) hessian[j, k] += weight * x[i, j] * x[i, k];
                }
            }
            for (var j = 0; j < d; j++)
            {
                for (var k = 0; k < j; k++) hessian[k, j] = hessian[j, k];
                if (j < d - 1) { gradient[j] += ridge * w[j]; hessian[j, j] += ridge; }
                else hessian[j, j] += 1e-6;
            }
            var step = Solve(hessian, gradient, d);
            double change = 0;
            for (var j = 0; j < d; j++) { w[j] -= step[j]; change = Math.Max(change, Math.Abs(step[j])); }
            if (change < 1e-8) break;
        }
        return new LogisticModel
        {
            Bias = w[d - 1],
            Ridge = ridge,
            TrainedOn = rows.Count,
            Features = features.Select((f, j) => f with { Weight = w[j] }).ToList(),
        };
    }

    private static double Standardise(double value, Feature f) =>
        double.IsNaN(value) ? 0 : Math.Clamp((value - f.Center) / f.Scale, -10, 10);

    private static double Sigmoid(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));

    /// <summary>Probability (0-1) that the account is inauthentic, as learned from the labels.</summary>
    public double Probability(AccountSignals account)
    {
        var z = Bias;
        var idx = Indices;
        for (var j = 0; j < Features.Count; j++)
            if (idx[j] >= 0) z += Features[j].Weight * Standardise(account.Values[idx[j]], Features[j]);
        return Sigmoid(z);
    }

    public AccountScore Score(AccountSignals account)
    {
        var reasons = new List<ScoreReason>();
        var idx = Indices;
        for (var j = 0; j < Features.Count; j++)
        {
            if (idx[j] < 0) continue;
            var contribution = Features[j].Weight * Standardise(account.Values[idx[j]], Features[j]);
            if (contribution < 0.5) continue;
            var text = account.Reasons[idx[j]] ?? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Features[j].Name} = {account.Values[idx[j]]:0.###}");
            reasons.Add(new ScoreReason(Features[j].Name, contribution,
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{text} (+{contribution:0.0} log-odds)")));
        }
        reasons.Sort((a, b) => b.Contribution.CompareTo(a.Contribution));
        return new AccountScore(account, Probability(account), reasons);
    }

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public void Save(string path) => File.WriteAllText(path, ToJson());

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static LogisticModel Load(string path)
    {
        LogisticModel? model;
        try { model = JsonSerializer.Deserialize<LogisticModel>(File.ReadAllText(path), Json); }
        catch (JsonException e) { throw new InvalidDataException($"{path}: not a Swarmscope model file ({e.Message})", e); }
        if (model is null || model.Format != FormatName)
            throw new InvalidDataException($"{path}: not a Swarmscope model file (format must be '{FormatName}')");
        foreach (var f in model.Features)
            if (SignalCatalog.IndexOf(f.Name) < 0) throw new InvalidDataException($"{path}: unknown signal '{f.Name}' in model");
        return model;
    }

    /// <summary>Solves A·x = b by Gaussian elimination with partial pivoting (d is a few dozen).</summary>
    private static double[] Solve(double[,] a, double[] b, int d)
    {
        var m = new double[d, d + 1];
        for (var i = 0; i < d; i++) { for (var j = 0; j < d; j++) m[i, j] = a[i, j]; m[i, d] = b[i]; }
        for (var col = 0; col < d; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < d; r++) if (Math.Abs(m[r, col]) > Math.Abs(m[pivot, col])) pivot = r;
            if (pivot != col) for (var j = 0; j <= d; j++) (m[col, j], m[pivot, j]) = (m[pivot, j], m[col, j]);
            var diag = m[col, col];
            if (Math.Abs(diag) < 1e-300) continue;
            for (var r = col + 1; r < d; r++)
            {
                var f = m[r, col] / diag;
                if (f == 0) continue;
                for (var j = col; j <= d; j++) m[r, j] -= f * m[col, j];
            }
        }
        var x = new double[d];
        for (var i = d - 1; i >= 0; i--)
        {
            var s = m[i, d];
            for (var j = i + 1; j < d; j++) s -= m[i, j] * x[j];
            x[i] = Math.Abs(m[i, i]) < 1e-300 ? 0 : s / m[i, i];
        }
        return x;
    }
}
