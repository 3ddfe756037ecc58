using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Swarmscope.Workspace;

namespace Swarmscope.Web.Services;

/// <summary>The signed-in user's name, for the history.</summary>
public sealed class CurrentUserName(IHttpContextAccessor accessor) : ICurrentUserName
{
    public string? Name => accessor.HttpContext?.User.Identity?.IsAuthenticated == true ? accessor.HttpContext.User.Identity.Name : null;

    public static string? Id(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);
}
