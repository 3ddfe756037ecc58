using Swarmscope.Observatory.Model;
using Swarmscope.Observatory.Workflow;

namespace Swarmscope.Observatory.Tests;

public class WorkflowTests
{
    private static readonly DateTimeOffset Now = new(2024, 3, 1, 10, 0, 0, TimeSpan.Zero);

    private static Coding Draft(string coder = "c1") => new() { CoderId = coder, CoderName = coder, MediaItemId = 1, State = ReviewState.Draft };

    [Fact]
    public void A_coder_submits_an_editor_returns_with_a_comment_then_approves_and_publishes()
    {
        var coding = Draft();
        ReviewWorkflow.Submit(coding, "c1", ObservatoryRole.Coder, Now);
        Assert.Equal(ReviewState.Submitted, coding.State);
        ReviewWorkflow.Return(coding, "e1", "Editor", ObservatoryRole.Editor, "Add the context of the arrest", Now);
        Assert.Equal(ReviewState.Returned, coding.State);
        Assert.True(ReviewWorkflow.CanEdit(coding, "c1", ObservatoryRole.Coder));
        ReviewWorkflow.Submit(coding, "c1", ObservatoryRole.Coder, Now);
        ReviewWorkflow.Approve(coding, "e1", "Editor", ObservatoryRole.Editor, Now);
        ReviewWorkflow.Publish(coding, "e1", "Editor", ObservatoryRole.Editor, Now);
        Assert.Equal(ReviewState.Published, coding.State);
        Assert.False(ReviewWorkflow.CanEdit(coding, "c1", ObservatoryRole.Coder));
    }

    [Fact]
    public void A_coder_cannot_approve_and_an_editor_cannot_approve_their_own_coding()
    {
        var coding = Draft();
        ReviewWorkflow.Submit(coding, "c1", ObservatoryRole.Coder, Now);
        var e = Assert.Throws<WorkflowException>(() => ReviewWorkflow.Approve(coding, "c2", "Coder 2", ObservatoryRole.Coder, Now));
        Assert.True(e.Forbidden);
        Assert.Contains("editor", e.Message);
        Assert.Throws<WorkflowException>(() => ReviewWorkflow.Approve(coding, "c1", "c1", ObservatoryRole.Editor, Now));
        Assert.Equal(ReviewState.Submitted, coding.State);
    }

    [Fact]
    public void Returning_needs_a_comment_and_a_viewer_cannot_code()
    {
        var coding = Draft();
        ReviewWorkflow.Submit(coding, "c1", ObservatoryRole.Coder, Now);
        Assert.Throws<WorkflowException>(() => ReviewWorkflow.Return(coding, "e1", "E", ObservatoryRole.Editor, "  ", Now));
        Assert.Throws<WorkflowException>(() => ReviewWorkflow.DemandEdit(Draft("v1"), "v1", ObservatoryRole.Viewer));
        Assert.False(RolePolicy.Can(ObservatoryRole.Viewer, ObservatoryAction.EditItems));
        Assert.False(RolePolicy.Can(null, ObservatoryAction.View));
    }

    [Fact]
    public void Blind_coders_see_each_other_only_after_both_submitted()
    {
        var a = Draft("c1");
        var b = Draft("c2");
        Assignment[] assignments = [new() { MediaItemId = 1, CoderId = "c1", Blind = true }, new() { MediaItemId = 1, CoderId = "c2", Blind = true }];
        Coding[] both = [a, b];
        ReviewWorkflow.Submit(a, "c1", ObservatoryRole.Coder, Now);
        Assert.Equal([a], BlindCodingPolicy.Visible("c1", ObservatoryRole.Coder, both, assignments));
        Assert.Equal([b], BlindCodingPolicy.Visible("c2", ObservatoryRole.Coder, both, assignments));
        Assert.Equal(2, BlindCodingPolicy.Visible("e1", ObservatoryRole.Editor, both, assignments).Count);
        ReviewWorkflow.Submit(b, "c2", ObservatoryRole.Coder, Now);
        Assert.Equal(2, BlindCodingPolicy.Visible("c1", ObservatoryRole.Coder, both, assignments).Count);
        Assert.Empty(BlindCodingPolicy.Visible("v1", ObservatoryRole.Viewer, both, assignments));
    }

    [Fact]
    public void The_sampler_double_codes_the_chosen_share_with_two_different_coders()
    {
        var items = Enumerable.Range(1, 50).ToList();
        var assignments = DoubleCodingSampler.Assign(1, items, ["a", "b", "c"], 0.2, seed: 7);
        var doubled = assignments.GroupBy(x => x.MediaItemId).Where(g => g.Count() == 2).ToList();
        Assert.Equal(10, doubled.Count);
        Assert.All(doubled, g => { Assert.All(g, x => Assert.True(x.Blind)); Assert.NotEqual(g.First().CoderId, g.Last().CoderId); });
        Assert.Equal(items, assignments.Select(x => x.MediaItemId).Distinct().Order());
        Assert.Equal(assignments.Select(x => (x.MediaItemId, x.CoderId)), DoubleCodingSampler.Assign(1, items, ["a", "b", "c"], 0.2, seed: 7).Select(x => (x.MediaItemId, x.CoderId)));
    }
}
