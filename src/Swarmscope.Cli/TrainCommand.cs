namespace Swarmscope.Cli;

public sealed class TrainCommand : ICommand
{
    public string Name => "train";
    public string Summary => "train a supervised account model from labels";
    public string Usage => "usage: swarmscope train --labels FILE --db FILE --out MODEL";

    public Task<int> RunAsync(CommandArgs args) => throw new UserFacingException("'train' is not implemented yet");
}
