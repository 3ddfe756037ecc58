using System.Reflection;

namespace Swarmscope.Investigations;

/// <summary>The version recorded with every stored run (runs.tool_version).</summary>
public static class ToolVersion
{
    public static string Current { get; } =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ToolVersion).Assembly.GetName().Version?.ToString() ?? "unknown";
}
