using Swarmscope.Core.Findings;

namespace Swarmscope.Investigations;

/// <summary>
/// A stored narratives run: the run (settings, summary, its detection run) and its findings — templates with slots and
/// examples, activity periods, targets, group stance per period, flips, swarms, frames with their timeline — each
/// with its evidence posts, whose original texts are in <see cref="NarrativeFindings.Texts"/>.
/// </summary>
public sealed record NarrativeRunResult(RunOverview Run, NarrativeFindings Findings);
