namespace Swarmscope.Workspace;

/// <summary>A log-in the workspace created on start, with its password (shown once) and what it is for.</summary>
public sealed record CreatedLogin(string UserName, string Password, string Role);
