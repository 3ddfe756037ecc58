using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Swarmscope.Observatory.Model;
using Swarmscope.Web.Data;
using Swarmscope.Web.Services;

namespace Swarmscope.Web.Pages;

public sealed class IndexModel(WorkspaceDbContext db) : PageModel
{
    public List<(ObservatorySpace Space, ObservatoryRole Role)> Spaces { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var id = CurrentUserName.Id(User);
        var memberships = await db.Memberships.Where(m => m.UserId == id).ToListAsync();
        var ids = memberships.Select(m => m.ObservatoryId).ToList();
        var spaces = await db.Observatories.Where(o => ids.Contains(o.Id)).ToListAsync();
        Spaces = spaces.Select(s => (s, memberships.First(m => m.ObservatoryId == s.Id).Role)).ToList();
    }
}
