namespace Swarmscope.Cli;

/// <summary>An error whose message is complete for the user (file, record, field, reason); no stack trace is shown.</summary>
public sealed class UserFacingException(string message, int exitCode = 1) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
