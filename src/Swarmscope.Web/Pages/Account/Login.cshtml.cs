using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Swarmscope.Web.Pages.Account;

[EnableRateLimiting(WebApp.LoginRateLimit)]
public sealed class LoginModel(SignInManager<IdentityUser> signIn) : PageModel
{
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Failure { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrEmpty(UserName) || string.IsNullOrEmpty(Password))
        {
            Failure = "Enter your user name and password.";
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(UserName, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        Failure = result.IsLockedOut ? "Too many failed attempts: this account is locked for a few minutes." : "Wrong user name or password.";
        Response.StatusCode = 401;
        return Page();
    }
}
