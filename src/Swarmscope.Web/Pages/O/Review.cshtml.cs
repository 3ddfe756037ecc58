using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Swarmscope.Observatory.Model;
using Swarmscope.Observatory.Workflow;
using Swarmscope.Web.Services;

namespace Swarmscope.Web.Pages.O;

/// <summary>Codings waiting for an editor (submitted) and approved ones waiting to be published. Coders see their own.</summary>
public sealed class ReviewModel(Workspace workspace) : ObservatoryPageModel(workspace)
{
    public List<Coding> Queue { get; private set; } = [];
    public Dictionary<int, string> Titles { get; private set; } = [];

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
        var query = Workspace.Db.Codings.Where(c => c.ObservatoryId == Oid && (c.State == ReviewState.Submitted || c.State == ReviewState.Approved || c.State == ReviewState.Returned));
        if (Role < ObservatoryRole.Editor) query = query.Where(c => c.CoderId == UserId);
        Queue = (await query.ToListAsync()).OrderBy(c => c.State).ThenBy(c => c.UpdatedAt).ToList();
        var ids = Queue.Select(c => c.MediaItemId).Distinct().ToList();
        Titles = await Workspace.Db.MediaItems.Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Title);
    }

    private async Task<Coding> CodingAsync(int codingId) =>
        await Workspace.Db.Codings.FirstOrDefaultAsync(c => c.Id == codingId && c.ObservatoryId == Oid) ?? throw new WorkflowException("No such coding.");

    public async Task<IActionResult> OnPostReturnAsync(int codingId, string? comment)
    {
        var coding = await CodingAsync(codingId);
        ReviewWorkflow.Return(coding, UserId, UserName, Role, comment, DateTimeOffset.UtcNow);
        await Workspace.Db.SaveChangesAsync();
        return Done($"Returned to {coding.CoderName} with your comment.", $"/o/{Oid}/review");
    }

    public async Task<IActionResult> OnPostApproveAsync(int codingId)
    {
        var coding = await CodingAsync(codingId);
        ReviewWorkflow.Approve(coding, UserId, UserName, Role, DateTimeOffset.UtcNow);
        await Workspace.Db.SaveChangesAsync();
        return Done($"Approved {coding.CoderName}'s coding.", $"/o/{Oid}/review");
    }

    public async Task<IActionResult> OnPostPublishAsync(int codingId)
    {
        var coding = await CodingAsync(codingId);
        ReviewWorkflow.Publish(coding, UserId, UserName, Role, DateTimeOffset.UtcNow);
        await Workspace.Db.SaveChangesAsync();
        return Done("Published.", $"/o/{Oid}/review");
    }
}
