namespace Swarmscope.Workspace;

/// <summary>The name the history records for changes made in the current request.</summary>
public interface ICurrentUserName
{
    string? Name { get; }
}
