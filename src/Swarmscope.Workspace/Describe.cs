using Swarmscope.Observatory.Model;

namespace Swarmscope.Workspace;

/// <summary>Field-by-field text of a record, for showing the difference between two versions.</summary>
public static class Describe
{
    public static IReadOnlyDictionary<string, string?> Incident(Incident i) => new Dictionary<string, string?>
    {
        ["Title"] = i.Title, ["Start"] = T(i.StartDate), ["End"] = T(i.EndDate), ["Country"] = i.Country, ["Description"] = i.Description,
        ["Dimension"] = i.Dimension, ["Motives"] = string.Join(", ", i.Motives), ["Methods"] = string.Join(", ", i.Methods),
        ["Responses"] = string.Join(", ", i.Responses),
    };

    public static IReadOnlyDictionary<string, string?> Item(MediaItem m) => new Dictionary<string, string?>
    {
        ["Title"] = m.Title, ["URL"] = m.Url, ["Author"] = m.Author, ["Published"] = T(m.PublishedOn), ["Platform"] = m.Platform,
        ["Media type"] = m.MediaType, ["Language"] = m.Language, ["Location"] = m.Location, ["Text"] = m.Text,
        ["Incidents"] = string.Join(", ", m.IncidentIds),
    };

    public static IReadOnlyDictionary<string, string?> Coding(Coding c) =>
        c.Values.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => (string?)string.Join("; ", kv.Value));

    private static string? T(object? v) => WorkspaceDbContext.ValueText(v);
}
