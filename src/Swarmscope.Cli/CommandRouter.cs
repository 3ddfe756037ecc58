using Spectre.Console;

namespace Swarmscope.Cli;

/// <summary>Maps the first argument to a command. Each command lives in its own file and owns its options.</summary>
public static class CommandRouter
{
    public static readonly IReadOnlyList<ICommand> Commands =
    [
        new DemoCommand(),
        new ImportCommand(),
        new StatsCommand(),
        new FormatsCommand(),
        new DetectCommand(),
        new SimulateCommand(),
        new ScoreCommand(),
        new NarrativesCommand(),
        new TrainCommand(),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        // Redirected output (a log, a pipe, CI) has no terminal width; Spectre then assumes 80 columns and wraps the
        // numbers in summary tables. 160 keeps a table's rows on one line each.
        if (Console.IsOutputRedirected && AnsiConsole.Profile.Width < 160) AnsiConsole.Profile.Width = 160;
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            PrintHelp();
            return args.Length == 0 ? 1 : 0;
        }
        var command = Commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            AnsiConsole.MarkupLine($"[red]error:[/] unknown command '{Markup.Escape(args[0])}'. Run 'swarmscope help'.");
            return 2;
        }
        try
        {
            var parsed = CommandArgs.Parse(args.AsSpan(1), command.Flags);
            if (parsed.Has("help") || parsed.Has("h"))
            {
                AnsiConsole.WriteLine(command.Usage);
                return 0;
            }
            return await command.RunAsync(parsed);
        }
        catch (UsageException e)
        {
            AnsiConsole.MarkupLine($"[red]error:[/] {Markup.Escape(e.Message)}");
            AnsiConsole.WriteLine(command.Usage);
            return 2;
        }
        catch (UserFacingException e)
        {
            AnsiConsole.MarkupLine($"[red]error:[/] {Markup.Escape(e.Message)}");
            return e.ExitCode;
        }
        catch (Swarmscope.Storage.InvestigationFileException e)
        {
            AnsiConsole.MarkupLine($"[red]error:[/] {Markup.Escape(e.Message)}");
            return 1;
        }
    }

    private static void PrintHelp()
    {
        AnsiConsole.WriteLine("swarmscope — find coordinated inauthentic behaviour in social-media data");
        AnsiConsole.WriteLine();
        foreach (var c in Commands) AnsiConsole.WriteLine($"  {c.Name,-10} {c.Summary}");
        AnsiConsole.WriteLine();
        AnsiConsole.WriteLine("Run 'swarmscope <command> --help' for a command's options.");
    }
}
