namespace Swarmscope.Cli;

public interface ICommand
{
    string Name { get; }
    string Summary { get; }
    string Usage { get; }
    Task<int> RunAsync(CommandArgs args);
}
