using Swarmscope.Core.Codebooks;
using Swarmscope.Observatory.Model;

namespace Swarmscope.Workspace;

/// <summary>
/// One item as its acting member may see it: the item, the current codebook, their own coding (with the codebook
/// version it was made with), the other codings they may see, whether some are hidden (blind), and the history of
/// the item and of the visible codings.
/// </summary>
public sealed record ItemView(
    MediaItem Item, Codebook Codebook, IReadOnlyList<Incident> Incidents, Coding? Mine, Codebook MyCodebook, int MyCodebookNumber,
    IReadOnlyList<Coding> Others, bool Blinded, IReadOnlyList<ChangeRecord> History, IReadOnlyDictionary<int, Codebook> CodebooksByVersion)
{
    /// <summary>The codebook version a coding was made with (the current one if unknown).</summary>
    public Codebook CodebookOf(Coding coding) => CodebooksByVersion.TryGetValue(coding.CodebookVersionId, out var b) ? b : Codebook;
}
