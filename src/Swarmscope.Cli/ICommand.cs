namespace Swarmscope.Cli;

public interface ICommand
{
    string Name { get; }
    string Summary { get; }
    string Usage { get; }

    /// <summary>Options that take no value: the word after one is never read as its value.</summary>
    IReadOnlyCollection<string> Flags => [];
    Task<int> RunAsync(CommandArgs args);
}
