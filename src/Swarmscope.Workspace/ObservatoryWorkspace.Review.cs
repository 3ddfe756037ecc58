using Microsoft.EntityFrameworkCore;
using Swarmscope.Observatory.Agreement;
using Swarmscope.Observatory.Model;
using Swarmscope.Observatory.Workflow;

namespace Swarmscope.Workspace;

/// <summary>Review (return, approve, publish), blind double-coding assignments, agreement, visible codings.</summary>
public sealed partial class ObservatoryWorkspace
{
    /// <summary>Submitted, returned and approved codings (editors see all; coders their own), submitted first.</summary>
    public async Task<ReviewQueue> ReviewQueueAsync(ActingMember member)
    {
        var query = db.Codings.Where(c => c.ObservatoryId == member.ObservatoryId && (c.State == ReviewState.Submitted || c.State == ReviewState.Approved || c.State == ReviewState.Returned));
        if (member.Role < ObservatoryRole.Editor) query = query.Where(c => c.CoderId == member.UserId);
        var queue = (await query.ToListAsync()).OrderBy(c => c.State).ThenBy(c => c.UpdatedAt).ToList();
        var ids = queue.Select(c => c.MediaItemId).Distinct().ToList();
        var titles = await db.MediaItems.Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Title);
        return new ReviewQueue(queue, titles);
    }

    /// <summary>Returns a submitted coding to its coder with a comment (editors only, never their own).</summary>
    public Task<Coding> ReturnCodingAsync(ActingMember member, int codingId, string? comment) =>
        ReviewAsync(member, codingId, c => ReviewWorkflow.Return(c, member.UserId, member.UserName, member.Role, comment, DateTimeOffset.UtcNow));

    public Task<Coding> ApproveCodingAsync(ActingMember member, int codingId) =>
        ReviewAsync(member, codingId, c => ReviewWorkflow.Approve(c, member.UserId, member.UserName, member.Role, DateTimeOffset.UtcNow));

    public Task<Coding> PublishCodingAsync(ActingMember member, int codingId) =>
        ReviewAsync(member, codingId, c => ReviewWorkflow.Publish(c, member.UserId, member.UserName, member.Role, DateTimeOffset.UtcNow));

    private async Task<Coding> ReviewAsync(ActingMember member, int codingId, Action<Coding> step)
    {
        var coding = await db.Codings.FirstOrDefaultAsync(c => c.Id == codingId && c.ObservatoryId == member.ObservatoryId) ?? throw new WorkflowException("No such coding.");
        step(coding);
        await db.SaveChangesAsync();
        return coding;
    }

    /// <summary>Every coding of the observatory the member may see (blinding applied), by id.</summary>
    public async Task<IReadOnlyList<Coding>> VisibleCodingsAsync(ActingMember member)
    {
        var codings = await db.Codings.Where(c => c.ObservatoryId == member.ObservatoryId).OrderBy(c => c.Id).ToListAsync();
        var assignments = await db.Assignments.Where(a => a.ObservatoryId == member.ObservatoryId).ToListAsync();
        return codings.GroupBy(c => c.MediaItemId)
            .SelectMany(g => BlindCodingPolicy.Visible(member.UserId, member.Role, g.ToList(), assignments.Where(a => a.MediaItemId == g.Key).ToList()))
            .OrderBy(c => c.Id).ToList();
    }

    /// <summary>Agreement per codebook field and coder pair, from submitted codings of items coded twice or more.</summary>
    public async Task<IReadOnlyList<FieldAgreement>> AgreementAsync(int observatoryId)
    {
        var (_, codebook) = await CodebookAsync(observatoryId);
        return AgreementReport.Compute(codebook, await db.Codings.Where(c => c.ObservatoryId == observatoryId).ToListAsync());
    }

    /// <summary>Assigns every unassigned live item to the observatory's coders in turn; a random <paramref name="share"/>
    /// goes to two coders, blind. Returns (items assigned, items double-coded).</summary>
    public async Task<(int Items, int DoubleCoded)> AssignDoubleCodingAsync(ActingMember member, double share)
    {
        RolePolicy.Demand(member.Role, ObservatoryAction.Review);
        var oid = member.ObservatoryId;
        var assigned = await db.Assignments.Where(a => a.ObservatoryId == oid).Select(a => a.MediaItemId).Distinct().ToListAsync();
        var items = await db.MediaItems.Where(m => m.ObservatoryId == oid && !m.IsDeleted && !assigned.Contains(m.Id)).Select(m => m.Id).ToListAsync();
        var coders = await db.Memberships.Where(m => m.ObservatoryId == oid && m.Role == ObservatoryRole.Coder).OrderBy(m => m.UserName).Select(m => m.UserId).ToListAsync();
        var assignments = DoubleCodingSampler.Assign(oid, items, coders, share, seed: Environment.TickCount);
        db.Assignments.AddRange(assignments);
        var space = await db.Observatories.FirstAsync(o => o.Id == oid);
        space.DoubleCodingShare = share;
        await db.SaveChangesAsync();
        return (items.Count, assignments.Count(a => a.Blind) / 2);
    }
}
