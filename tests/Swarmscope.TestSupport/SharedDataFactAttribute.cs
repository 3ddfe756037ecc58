using Xunit;

namespace Swarmscope.TestSupport;

/// <summary>A fact that needs a file or folder under ../shared/data; skipped, saying which, when it is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string relativePath)
    {
        if (!SharedData.Exists(relativePath))
            Skip = $"needs ../shared/data/{relativePath} (real public data kept beside the repository, not in it); absent here";
    }
}
