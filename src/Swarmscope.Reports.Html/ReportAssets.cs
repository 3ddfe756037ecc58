using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Swarmscope.Reports.Html;

/// <summary>
/// The bundled front-end (web/dist, built by web/build.mjs and embedded): the script with sigma.js and graphology, the
/// stylesheet with its fonts, the licences of everything bundled, and the stamp of the sources it was built from.
/// </summary>
public static class ReportAssets
{
    private static readonly Lazy<string> ScriptText = new(() => Read("report.js"));
    private static readonly Lazy<string> StyleText = new(() => Read("report.css"));
    private static readonly Lazy<string> LicencesText = new(() => Read("licences.txt"));
    private static readonly Lazy<string> StampText = new(() => Read("stamp.txt").Trim());

    public static string Script => ScriptText.Value;
    public static string Style => StyleText.Value;
    public static string Licences => LicencesText.Value;
    /// <summary>SHA-256 of the front-end sources the embedded bundle was built from (web/dist/stamp.txt).</summary>
    public static string Stamp => StampText.Value;

    /// <summary>The Content-Security-Policy source of an inline element: 'sha256-…' of its exact text.</summary>
    public static string CspHash(string inline) => "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inline))) + "'";

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the report's front-end resource '{name}' is missing from the build (web/dist)");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
