using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Swarmscope.Web;

/// <summary>Serves the few static files (style sheet, script) from resources embedded in this assembly, so the app
/// runs from any folder and never loads anything from another site.</summary>
internal static class AssetEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/assets/{name}", (string name) =>
        {
            var type = name.EndsWith(".css", StringComparison.Ordinal) ? "text/css" : name.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript" : null;
            var stream = type is null ? null : typeof(AssetEndpoints).Assembly.GetManifestResourceStream("Swarmscope.Web.Assets." + name);
            return stream is null ? Results.NotFound() : Results.Stream(stream, type + "; charset=utf-8");
        }).AllowAnonymous();
    }
}
