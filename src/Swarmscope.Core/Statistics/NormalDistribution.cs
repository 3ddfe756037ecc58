namespace Swarmscope.Core.Statistics;

/// <summary>
/// The standard normal distribution: its upper tail (a z-score's one-sided p-value) and its quantile (a p-value's
/// z-score, as Stouffer's method combines tests). Checked against R's pnorm/qnorm in the tests.
/// </summary>
public static class NormalDistribution
{
    /// <summary>P(Z ≥ z) for a standard normal Z, accurate in the far tail (erfc, not 1 − Φ).</summary>
    public static double UpperTail(double z) => 0.5 * Erfc(z / Math.Sqrt(2));

    /// <summary>
    /// The z with P(Z ≥ z) = <paramref name="upperTail"/>: 0 at 0.5, 1.645 at 0.05, 8.3 at 1e-16. ±∞ at 0 and 1.
    /// Wichura's algorithm AS 241 (PPND16), about 1e-16 relative accuracy.
    /// </summary>
    public static double UpperQuantile(double upperTail)
    {
        if (double.IsNaN(upperTail) || upperTail < 0 || upperTail > 1) throw new ArgumentOutOfRangeException(nameof(upperTail), upperTail, "must be a probability");
        if (upperTail == 0) return double.PositiveInfinity;
        if (upperTail == 1) return double.NegativeInfinity;
        return -LowerQuantile(upperTail);
    }

    /// <summary>The z with P(Z ≤ z) = p (AS 241).</summary>
    private static double LowerQuantile(double p)
    {
        var q = p - 0.5;
        if (Math.Abs(q) <= 0.425)
        {
            var r = 0.180625 - q * q;
            return q * (((((((2509.0809287301226727 * r + 33430.575583588128105) * r + 67265.770927008700853) * r
                        + 45921.953931549871457) * r + 13731.693765509461125) * r + 1971.5909503065514427) * r
                        + 133.14166789178437745) * r + 3.387132872796366608)
                   / (((((((5226.495278852545925 * r + 28729.085735721942674) * r + 39307.89580009271061) * r
                        + 21213.794301586595867) * r + 5394.1960214247511077) * r + 687.1870074920579083) * r
                        + 42.313330701600911252) * r + 1);
        }
        var rr = Math.Sqrt(-Math.Log(q < 0 ? p : 1 - p));
        double x;
        if (rr <= 5)
        {
            rr -= 1.6;
            x = (((((((7.7454501427834140764e-4 * rr + 0.0227238449892691845833) * rr + 0.24178072517745061177) * rr
                  + 1.27045825245236838258) * rr + 3.64784832476320460504) * rr + 5.7694972214606914055) * rr
                  + 4.6303378461565452959) * rr + 1.42343711074968357734)
                / (((((((1.05075007164441684324e-9 * rr + 5.475938084995344946e-4) * rr + 0.0151986665636164571966) * rr
                  + 0.14810397642748007459) * rr + 0.68976733498510000455) * rr + 1.6763848301838038494) * rr
                  + 2.05319162663775882187) * rr + 1);
        }
        else
        {
            rr -= 5;
            x = (((((((2.01033439929228813265e-7 * rr + 2.71155556874348757815e-5) * rr + 0.0012426609473880784386) * rr
                  + 0.026532189526576123093) * rr + 0.29656057182850489123) * rr + 1.7848265399172913358) * rr
                  + 5.4637849111641143699) * rr + 6.6579046435011037772)
                / (((((((2.04426310338993978564e-15 * rr + 1.4215117583164458887e-7) * rr + 1.8463183175100546818e-5) * rr
                  + 7.868691311456132591e-4) * rr + 0.0148753612908506148525) * rr + 0.13692988092273580531) * rr
                  + 0.59983220655588793769) * rr + 1);
        }
        return q < 0 ? -x : x;
    }

    /// <summary>Complementary error function (W. J. Cody's rational approximations, as in many libms), relative error below 1e-15.</summary>
    private static double Erfc(double x)
    {
        if (double.IsNaN(x)) return double.NaN;
        if (x < 0) return 2 - Erfc(-x);
        if (x < 0.5) return 1 - Erf(x);
        if (x > 27) return 0;
        double num, den;
        if (x <= 4)
        {
            num = (((((((2.15311535474403846e-8 * x + 5.64188496988670089e-1) * x + 8.88314979438837594) * x
                  + 6.61191906371416295e1) * x + 2.98635138197400131e2) * x + 8.81952221241769090e2) * x
                  + 1.71204761263407058e3) * x + 2.05107837782607147e3) * x + 1.23033935479799725e3;
            den = ((((((((x + 1.57449261107098347e1) * x + 1.17693950891312499e2) * x + 5.37181101862009858e2) * x
                  + 1.62138957456669019e3) * x + 3.29079923573345963e3) * x + 4.36261909014324716e3) * x
                  + 3.43936767414372164e3) * x + 1.23033935480374942e3);
            return Math.Exp(-x * x) * num / den;
        }
        var z = 1 / (x * x);
        num = ((((1.63153871373020978e-2 * z + 3.05326634961232344e-1) * z + 3.60344899949804439e-1) * z
              + 1.25781726111229246e-1) * z + 1.60837851487422766e-2) * z + 6.58749161529837803e-4;
        den = ((((z + 2.56852019228982242) * z + 1.87295284992346725) * z + 5.27905102951428412e-1) * z
              + 6.05183413124413191e-2) * z + 2.33520497626869185e-3;
        var r = z * num / den;
        return Math.Exp(-x * x) / x * (1 / Math.Sqrt(Math.PI) - r);
    }

    private static double Erf(double x)
    {
        var z = x * x;
        var num = (((1.85777706184603153e-1 * z + 3.16112374387056560) * z + 1.13864154151050156e2) * z
                  + 3.77485237685302021e2) * z + 3.20937758913846947e3;
        var den = (((z + 2.36012909523441209e1) * z + 2.44024637934444173e2) * z + 1.28261652607737228e3) * z
                  + 2.84423683343917062e3;
        return x * num / den;
    }
}
