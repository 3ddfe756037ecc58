namespace Swarmscope.Cli;

public sealed class DemoCommand : ICommand
{
    public string Name => "demo";
    public string Summary => "generate or use the bundled sample, import it and show what Swarmscope finds";
    public string Usage => "usage: swarmscope demo [--out DIR]";

    public Task<int> RunAsync(CommandArgs args) => throw new UserFacingException("'demo' is not implemented yet");
}
