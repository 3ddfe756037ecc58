using Microsoft.AspNetCore.Mvc;
using Swarmscope.Observatory.Model;
using Swarmscope.Workspace;

namespace Swarmscope.Web.Pages.O;

/// <summary>Codings waiting for an editor (submitted) and approved ones waiting to be published. Coders see their own.</summary>
public sealed class ReviewModel(ObservatoryWorkspace workspace) : ObservatoryPageModel(workspace)
{
    public IReadOnlyList<Coding> Queue { get; private set; } = [];
    public IReadOnlyDictionary<int, string> Titles { get; private set; } = new Dictionary<int, string>();

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    protected override async Task<IActionResult> ReloadAfterErrorAsync()
    {
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var queue = await Workspace.ReviewQueueAsync(Member);
        (Queue, Titles) = (queue.Codings, queue.Titles);
    }

    public async Task<IActionResult> OnPostReturnAsync(int codingId, string? comment)
    {
        var coding = await Workspace.ReturnCodingAsync(Member, codingId, comment);
        return Done($"Returned to {coding.CoderName} with your comment.", $"/o/{Oid}/review");
    }

    public async Task<IActionResult> OnPostApproveAsync(int codingId)
    {
        var coding = await Workspace.ApproveCodingAsync(Member, codingId);
        return Done($"Approved {coding.CoderName}'s coding.", $"/o/{Oid}/review");
    }

    public async Task<IActionResult> OnPostPublishAsync(int codingId)
    {
        await Workspace.PublishCodingAsync(Member, codingId);
        return Done("Published.", $"/o/{Oid}/review");
    }
}
