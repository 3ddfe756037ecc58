namespace Swarmscope.Cli;

public sealed class FormatsCommand : ICommand
{
    public string Name => "formats";
    public string Summary => "list the import formats and how each is recognised";
    public string Usage => "usage: swarmscope formats ";

    public Task<int> RunAsync(CommandArgs args) => throw new UserFacingException("'formats' is not implemented yet");
}
