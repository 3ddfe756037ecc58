using System.Text.Json;

namespace Swarmscope.Investigations;

/// <summary>
/// One stored analysis run (a row of the store's `runs` table) as a front end shows it. <see cref="Settings"/> and
/// <see cref="Summary"/> are the stored JSON objects; <see cref="Found"/> says in a few words what the run found.
/// </summary>
public sealed record RunOverview(
    long RunId, string Kind, string Status, DateTimeOffset StartedAt, DateTimeOffset FinishedAt, string ToolVersion,
    long InputPosts, long InputAccounts, long? SourceRunId, JsonElement Settings, JsonElement Summary, string Found)
{
    public double Seconds => (FinishedAt - StartedAt).TotalSeconds;
}
