using Spectre.Console;

namespace Swarmscope.Cli;

/// <summary>Output helpers: raw text goes straight to the console's writer so JSON is never wrapped or marked up.</summary>
public static class CliOutput
{
    public static void Raw(string text) => AnsiConsole.Profile.Out.Writer.WriteLine(text);

    /// <summary>Live progress only on an interactive terminal; CI logs and redirected output get plain lines.</summary>
    public static bool Interactive =>
        AnsiConsole.Profile.Capabilities.Interactive && AnsiConsole.Profile.Capabilities.Ansi && !Console.IsOutputRedirected;
}
