namespace Swarmscope.Web;

/// <summary>How to start the workspace: database, address, first admin, demo data, investigation store.</summary>
public sealed class WorkspaceOptions
{
    /// <summary>A SQLite file path, or a connection string (with "Host=" for PostgreSQL).</summary>
    public required string Database { get; init; }
    /// <summary>TCP port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; } = 5080;
    public string AdminName { get; init; } = "admin";
    /// <summary>The first admin's password; null generates one (returned once by <see cref="WebApp.StartAsync"/>).</summary>
    public string? AdminPassword { get; init; }
    public bool Demo { get; init; } = true;
    /// <summary>Log-in attempts allowed per client address per minute.</summary>
    public int LoginAttemptsPerMinute { get; init; } = 10;
    /// <summary>A DuckDB investigation store whose findings the Findings page shows (optional).</summary>
    public string? InvestigationStore { get; init; }
}
