using Swarmscope.Core;

namespace Swarmscope.Storage;

/// <summary>
/// Lower-case names for the Core enums as stored in the file ("twitter", "repost", "minute"), cached so the
/// append loop allocates no strings and readers parse without Enum.Parse.
/// </summary>
internal static class StoreNames
{
    private static readonly string[] PlatformNames = Names<Platform>();
    private static readonly string[] KindNames = Names<PostKind>();
    private static readonly string[] PrecisionNames = Names<TimePrecision>();

    private static readonly Dictionary<string, Platform> PlatformByName = Index<Platform>();
    private static readonly Dictionary<string, PostKind> KindByName = Index<PostKind>();
    private static readonly Dictionary<string, TimePrecision> PrecisionByName = Index<TimePrecision>();

    public static string Of(Platform p) => (int)p < PlatformNames.Length ? PlatformNames[(int)p] : p.ToString().ToLowerInvariant();
    public static string Of(PostKind k) => (int)k < KindNames.Length ? KindNames[(int)k] : k.ToString().ToLowerInvariant();
    public static string Of(TimePrecision t) => (int)t < PrecisionNames.Length ? PrecisionNames[(int)t] : t.ToString().ToLowerInvariant();

    public static Platform ParsePlatform(string s) => PlatformByName.TryGetValue(s, out var v) ? v : Platform.Unknown;
    public static PostKind ParseKind(string s) => KindByName.TryGetValue(s, out var v) ? v : PostKind.Post;
    public static TimePrecision ParsePrecision(string s) => PrecisionByName.TryGetValue(s, out var v) ? v : TimePrecision.Millisecond;

    private static string[] Names<T>() where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        var max = 0;
        foreach (var v in values) max = Math.Max(max, Convert.ToInt32(v));
        var names = new string[max + 1];
        foreach (var v in values) names[Convert.ToInt32(v)] = v.ToString().ToLowerInvariant();
        return names;
    }

    private static Dictionary<string, T> Index<T>() where T : struct, Enum
    {
        var d = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var v in Enum.GetValues<T>()) d[v.ToString().ToLowerInvariant()] = v;
        return d;
    }
}
