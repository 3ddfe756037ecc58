using Spectre.Console;
using Swarmscope.Investigations;

namespace Swarmscope.Cli;

/// <summary>
/// Where output goes: data and tables to standard output, errors, warnings and progress to standard error, so
/// `>/dev/null` hides every table and `2>/dev/null` every error.
/// </summary>
public static class Terminal
{
    /// <summary>Tables and data. Redirected output has no width: 160 columns keep a table's rows on one line each.</summary>
    public static IAnsiConsole Out { get; } = Create(Console.Out, Console.IsOutputRedirected);

    /// <summary>Errors, warnings, progress.</summary>
    public static IAnsiConsole Error { get; } = Create(Console.Error, Console.IsErrorRedirected);

    /// <summary>Live progress only on an interactive terminal; CI logs and redirected output get plain lines.</summary>
    public static bool Interactive => !Console.IsErrorRedirected && Error.Profile.Capabilities.Interactive && Error.Profile.Capabilities.Ansi;

    private static IAnsiConsole Create(TextWriter writer, bool redirected)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
        });
        if (redirected && console.Profile.Width < 160) console.Profile.Width = 160;
        return console;
    }

    /// <summary>A line of raw text on standard output (JSON, paths): never wrapped or read as markup.</summary>
    public static void Line(string text) => Console.Out.WriteLine(text);

    public static void ErrorLine(string text) => Console.Error.WriteLine(text);

    public static void Warning(string text) => Error.MarkupLine($"[yellow]warning:[/] {Markup.Escape(TerminalText.Safe(text))}");

    public static void Info(string text) => Error.WriteLine(TerminalText.Safe(text));
}
