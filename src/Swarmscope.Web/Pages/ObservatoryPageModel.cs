using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Swarmscope.Core.Codebooks;
using Swarmscope.Observatory.Model;
using Swarmscope.Observatory.Workflow;
using Swarmscope.Web.Services;
using Swarmscope.Workspace;

namespace Swarmscope.Web.Pages;

/// <summary>Base of every page inside an observatory: loads it and the member's role, refuses non-members, and turns
/// refused workflow steps into a message on the page (403 when a permission is missing).</summary>
public abstract class ObservatoryPageModel(ObservatoryWorkspace workspace) : PageModel
{
    protected ObservatoryWorkspace Workspace => workspace;

    [BindProperty(SupportsGet = true, Name = "oid")]
    public int Oid { get; set; }

    public ObservatorySpace? Space { get; private set; }
    public ObservatoryRole? Role { get; private set; }
    public string? Error { get; set; }
    public string UserId => CurrentUserName.Id(User)!;
    public string UserName => User.Identity!.Name!;

    public bool Can(ObservatoryAction action) => RolePolicy.Can(Role, action);

    /// <summary>Who asks, for the workspace's use cases.</summary>
    protected ActingMember Member => new(Oid, UserId, UserName, Role);

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        Space = await workspace.ObservatoryAsync(Oid);
        if (Space is null) { context.Result = NotFound(); return; }
        Role = await workspace.RoleAsync(Oid, UserId);
        if (Role is null) { context.Result = new ForbidResult(); return; }
        var executed = await next();
        if (executed.Exception is WorkflowException w && !executed.ExceptionHandled)
        {
            executed.ExceptionHandled = true;
            Error = w.Message;
            if (w.Forbidden) HttpContext.Response.StatusCode = 403;
            else HttpContext.Response.StatusCode = 409;
            executed.Result = await ReloadAfterErrorAsync();
        }
        else if (executed.Exception is CodebookFormatException c && !executed.ExceptionHandled)
        {
            executed.ExceptionHandled = true;
            Error = c.Message;
            HttpContext.Response.StatusCode = 400;
            executed.Result = await ReloadAfterErrorAsync();
        }
    }

    /// <summary>Loads what the page shows after a refused step (the GET handler's data), keeping <see cref="Error"/>.</summary>
    protected abstract Task<IActionResult> ReloadAfterErrorAsync();

    protected IActionResult Done(string message, string? url = null)
    {
        TempData["Message"] = message;
        return Redirect(url ?? Request.Path + Request.QueryString);
    }
}
