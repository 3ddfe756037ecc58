using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Swarmscope.Investigations.Tests;

/// <summary>
/// The reference rules of docs/architecture.md, read from the .csproj files: data flows one way, and front ends
/// reach the components only through the application layer.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly string Root = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Swarmscope.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Swarmscope.slnx not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Project name (without "Swarmscope.") → the projects it references.</summary>
    private static Dictionary<string, HashSet<string>> References() =>
        Directory.GetDirectories(Path.Combine(Root, "src")).Select(d => Path.Combine(d, Path.GetFileName(d) + ".csproj")).Where(File.Exists)
            .ToDictionary(
                p => Path.GetFileNameWithoutExtension(p)["Swarmscope.".Length..],
                p => XDocument.Load(p).Descendants("ProjectReference")
                    .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value)["Swarmscope.".Length..]).ToHashSet());

    /// <summary>What each component may reference. A new project must be added here (and to the picture in docs/architecture.md).</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Core"] = [],
        ["Ingest"] = ["Core"],
        ["Storage"] = ["Core"],
        ["Detection"] = ["Core", "Text"],
        ["Signals"] = ["Core", "Text"],
        ["Simulation"] = ["Core"],
        ["Reports"] = ["Core", "Detection", "Signals", "Narratives"],
        ["Reports.Html"] = ["Core", "Reports"],
        ["Investigations"] = ["Core", "Ingest", "Storage", "Detection", "Signals", "Reports", "Reports.Html", "Simulation", "Text", "Narratives", "Observatory"],
        // `serve` starts the workspace web app (issue 16) through Web's WebApp: the CLI names nothing else of it.
        ["Cli"] = ["Investigations", "Web"],
        // The observatory workspace's application layer (issue 16): its use cases over the workspace database; reads
        // the investigation store only through Investigations' use cases; CSV with Core's one codec.
        ["Workspace"] = ["Core", "Observatory", "Investigations"],
        // The web app: HTTP and HTML over the two application layers; Observatory and Core give the model it shows.
        ["Web"] = ["Investigations", "Workspace", "Observatory", "Core"],
        ["Text"] = ["Core"],
        ["Narratives"] = ["Core", "Text"],
        ["Observatory"] = ["Core"],
    };

    [Fact]
    public void Every_project_references_only_what_the_architecture_allows()
    {
        var references = References();
        Assert.Contains("Investigations", references.Keys);
        foreach (var (project, refs) in references)
        {
            Assert.True(Allowed.TryGetValue(project, out var allowed), $"src/Swarmscope.{project} is not in the architecture (docs/architecture.md, ArchitectureTests.Allowed)");
            var extra = refs.Except(allowed).ToList();
            Assert.True(extra.Count == 0, $"Swarmscope.{project} references {string.Join(", ", extra)}; allowed: {string.Join(", ", allowed)} (docs/architecture.md)");
        }
    }

    [Fact]
    public void Storage_does_not_drive_the_importers_and_detection_does_not_read_the_store()
    {
        var references = References();
        Assert.DoesNotContain("Ingest", references["Storage"]);
        Assert.DoesNotContain("Storage", references["Detection"]);
        Assert.Equal(["Investigations", "Web"], references["Cli"].Order());
    }

    [Fact]
    public void Front_ends_name_no_component_below_the_application_layer()
    {
        var below = new Regex(@"^\s*@?using\s+Swarmscope\.(Ingest|Storage|Detection|Signals|Reports|Simulation|Text|Narratives|Observatory|Workspace)\b", RegexOptions.Multiline);
        var workspaceBelow = new Regex(@"^\s*@?using\s+Swarmscope\.(Ingest|Storage|Detection|Signals|Reports|Simulation|Text|Narratives)\b|^\s*@?using\s+Microsoft\.EntityFrameworkCore\b", RegexOptions.Multiline);
        foreach (var (frontEnd, rule) in new[] { ("Cli", below), ("Web", workspaceBelow) })
        {
            var folder = Path.Combine(Root, "src", "Swarmscope." + frontEnd);
            if (!Directory.Exists(folder)) continue;
            var sources = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories).Concat(Directory.EnumerateFiles(folder, "*.cshtml", SearchOption.AllDirectories));
            foreach (var file in sources.Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")))
                Assert.False(rule.IsMatch(File.ReadAllText(file)), $"{Path.GetRelativePath(Root, file)} uses a component below the application layer; call a use case of Swarmscope.Investigations instead");
        }
    }
}
