namespace Swarmscope.Cli;

public sealed class SimulateCommand : ICommand
{
    public string Name => "simulate";
    public string Summary => "write synthetic data with planted coordinated groups and truth.csv";
    public string Usage => "usage: swarmscope simulate --out DIR --seed N [--scale small|medium|large]";

    public Task<int> RunAsync(CommandArgs args) => throw new UserFacingException("'simulate' is not implemented yet");
}
