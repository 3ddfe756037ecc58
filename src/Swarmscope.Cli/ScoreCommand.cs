namespace Swarmscope.Cli;

public sealed class ScoreCommand : ICommand
{
    public string Name => "score";
    public string Summary => "score accounts for signs of inauthenticity, with reasons";
    public string Usage => "usage: swarmscope score --db FILE --out accounts.csv [--timezone Asia/Almaty] [--model FILE]";

    public Task<int> RunAsync(CommandArgs args) => throw new UserFacingException("'score' is not implemented yet");
}
