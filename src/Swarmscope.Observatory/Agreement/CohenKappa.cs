namespace Swarmscope.Observatory.Agreement;

/// <summary>
/// Cohen's kappa for two coders: (P_o − P_e) / (1 − P_e), with P_e from each coder's own marginals (Cohen 1960;
/// Artstein and Poesio 2008, section 2.4). Null when undefined (no items, or both coders used one single category).
/// </summary>
public static class CohenKappa
{
    /// <summary>From a square contingency table: rows are coder A's categories, columns coder B's, same order.</summary>
    public static double? FromTable(double[,] table)
    {
        var size = table.GetLength(0);
        if (table.GetLength(1) != size) throw new ArgumentException("the table must be square: both coders use the same categories", nameof(table));
        double total = 0, agree = 0;
        var rows = new double[size];
        var columns = new double[size];
        for (var i = 0; i < size; i++)
            for (var j = 0; j < size; j++)
            {
                total += table[i, j];
                rows[i] += table[i, j];
                columns[j] += table[i, j];
                if (i == j) agree += table[i, j];
            }
        if (total == 0) return null;
        double chance = 0;
        for (var i = 0; i < size; i++) chance += rows[i] / total * (columns[i] / total);
        return chance >= 1 ? null : (agree / total - chance) / (1 - chance);
    }

    /// <summary>From the two coders' values on the items both coded.</summary>
    public static double? FromPairs(IEnumerable<(string A, string B)> pairs)
    {
        var list = pairs.ToList();
        var categories = list.SelectMany(p => new[] { p.A, p.B }).Distinct(StringComparer.Ordinal).ToList();
        var index = categories.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        var table = new double[categories.Count, categories.Count];
        foreach (var (a, b) in list) table[index[a], index[b]]++;
        return FromTable(table);
    }
}
