namespace Swarmscope.Cli;

public sealed class ImportCommand : ICommand
{
    public string Name => "import";
    public string Summary => "import exports into an investigation (a DuckDB file)";
    public string Usage => "usage: swarmscope import <files...> --db FILE [--format NAME] [--skip-bad FILE]";

    public Task<int> RunAsync(CommandArgs args) => throw new UserFacingException("'import' is not implemented yet");
}
