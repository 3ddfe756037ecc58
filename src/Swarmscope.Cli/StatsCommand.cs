namespace Swarmscope.Cli;

public sealed class StatsCommand : ICommand
{
    public string Name => "stats";
    public string Summary => "counts of posts and accounts by platform, kind and month";
    public string Usage => "usage: swarmscope stats --db FILE [--json]";

    public Task<int> RunAsync(CommandArgs args) => throw new UserFacingException("'stats' is not implemented yet");
}
