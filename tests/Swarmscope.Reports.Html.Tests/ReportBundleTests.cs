using System.Security.Cryptography;
using System.Text;

namespace Swarmscope.Reports.Html.Tests;

/// <summary>The committed bundle (web/dist) must be built from the committed sources: rebuild with web/build.mjs.</summary>
public sealed class ReportBundleTests
{
    [Fact]
    public void Embedded_bundle_is_built_from_the_current_sources()
    {
        var web = WebFolder();
        // The same inputs and hashing as web/build.mjs stamp().
        var inputs = new List<string> { "build.mjs", "package.json", "package-lock.json" };
        inputs.AddRange(Directory.GetFiles(Path.Combine(web, "src")).Select(f => "src/" + Path.GetFileName(f)).Order(StringComparer.Ordinal));
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var f in inputs)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(f + "\n"));
            sha.AppendData(Encoding.UTF8.GetBytes(File.ReadAllText(Path.Combine(web, f), Encoding.UTF8).Replace("\r\n", "\n")));
            sha.AppendData(Encoding.UTF8.GetBytes("\n"));
        }
        var expected = Convert.ToHexStringLower(sha.GetHashAndReset());
        Assert.True(expected == ReportAssets.Stamp,
            "src/Swarmscope.Reports.Html/web changed but web/dist was not rebuilt: run `cd src/Swarmscope.Reports.Html/web && npm ci && npm run build` and commit web/dist");
        Assert.Equal(File.ReadAllText(Path.Combine(web, "dist", "stamp.txt")).Trim(), ReportAssets.Stamp);
    }

    [Fact]
    public void Licences_of_every_bundled_package_are_embedded()
    {
        foreach (var package in new[] { "sigma 3.0.3 (MIT)", "graphology 0.26.0 (MIT)", "graphology-utils", "events", "@fontsource/noto-sans 5.3.0 (OFL-1.1)" })
            Assert.Contains("=== " + package, ReportAssets.Licences);
        Assert.Contains("Permission is hereby granted", ReportAssets.Licences);
        Assert.DoesNotContain("</script", ReportAssets.Script, StringComparison.OrdinalIgnoreCase);
    }

    private static string WebFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Swarmscope.slnx"))) dir = dir.Parent;
        return Path.Combine(dir!.FullName, "src", "Swarmscope.Reports.Html", "web");
    }
}
