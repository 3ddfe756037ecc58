namespace Swarmscope.Cli;

public sealed class DetectCommand : ICommand
{
    public string Name => "detect";
    public string Summary => "find coordinated groups with evidence";
    public string Usage => "usage: swarmscope detect --db FILE --out DIR [--behaviours ...] [--window 60s] [--alpha 0.01] [--seed N]";

    public Task<int> RunAsync(CommandArgs args) => throw new UserFacingException("'detect' is not implemented yet");
}
