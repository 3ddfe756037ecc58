using Spectre.Console;

[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Swarmscope.Cli.Tests;

/// <summary>Runs the CLI in-process through CommandRouter with the console captured (tests run one at a time: the console is global).</summary>
internal static class CliRun
{
    public static (int Exit, string Output) Run(params string[] args)
    {
        var writer = new StringWriter();
        var previous = AnsiConsole.Console;
        AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        AnsiConsole.Profile.Width = 200;
        try
        {
            var exit = CommandRouter.RunAsync(args).GetAwaiter().GetResult();
            return (exit, writer.ToString());
        }
        finally
        {
            AnsiConsole.Console = previous;
        }
    }
}
