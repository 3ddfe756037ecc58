using Swarmscope.Observatory.Model;

namespace Swarmscope.Observatory.Workflow;

/// <summary>
/// Assigns items to coders: every item to one coder, in turn; a chosen share of them (drawn at random with a seed,
/// so a run can be repeated) to two different coders as blind double-coding.
/// </summary>
public static class DoubleCodingSampler
{
    public static List<Assignment> Assign(int observatoryId, IReadOnlyList<int> itemIds, IReadOnlyList<string> coderIds, double share, int seed)
    {
        if (coderIds.Count == 0) throw new WorkflowException("There are no coders to assign items to.");
        if (share is < 0 or > 1 || double.IsNaN(share)) throw new WorkflowException($"The double-coded share is a fraction from 0 to 1, not {share}.");
        var random = new Random(seed);
        var order = itemIds.OrderBy(_ => random.Next()).ToList();
        var doubleCount = coderIds.Count < 2 ? 0 : (int)Math.Round(share * itemIds.Count, MidpointRounding.AwayFromZero);
        var doubled = order.Take(doubleCount).ToHashSet();
        var result = new List<Assignment>();
        var next = 0;
        foreach (var item in itemIds)
        {
            var first = coderIds[next++ % coderIds.Count];
            result.Add(new Assignment { ObservatoryId = observatoryId, MediaItemId = item, CoderId = first, Blind = doubled.Contains(item) });
            if (doubled.Contains(item))
            {
                var second = coderIds[next++ % coderIds.Count];
                if (second == first) second = coderIds[next++ % coderIds.Count];
                result.Add(new Assignment { ObservatoryId = observatoryId, MediaItemId = item, CoderId = second, Blind = true });
            }
        }
        return result;
    }
}
