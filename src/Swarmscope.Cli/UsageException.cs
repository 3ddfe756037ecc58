namespace Swarmscope.Cli;

/// <summary>The command line itself is wrong; the command's usage is printed after the message.</summary>
public sealed class UsageException(string message) : Exception(message);
