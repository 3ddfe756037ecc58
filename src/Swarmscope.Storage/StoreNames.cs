using Swarmscope.Core;

namespace Swarmscope.Storage;

/// <summary>
/// Lower-case names for the Core enums as stored in the file ("twitter", "repost", "minute"), cached so the
/// append loop allocates no strings and readers parse without Enum.Parse; and the ENUM types the posts table
/// declares for them, with the one-byte codes the posts feed writes.
/// </summary>
internal static class StoreNames
{
    private static readonly string[] PlatformNames = Names<Platform>();
    private static readonly string[] KindNames = Names<PostKind>();
    private static readonly string[] PrecisionNames = Names<TimePrecision>();

    /// <summary>The members of posts.platform's ENUM, alphabetical so that ORDER BY sorts as it did on names.</summary>
    public static readonly string[] PlatformMembers = Members(PlatformNames);
    public static readonly string[] KindMembers = Members(KindNames);
    public static readonly string[] PrecisionMembers = Members(PrecisionNames);

    private static readonly byte[] PlatformCodes = Codes(PlatformNames, PlatformMembers);
    private static readonly byte[] KindCodes = Codes(KindNames, KindMembers);
    private static readonly byte[] PrecisionCodes = Codes(PrecisionNames, PrecisionMembers);

    /// <summary>The value's index in <see cref="PlatformMembers"/>: what DuckDB stores for it.</summary>
    public static byte Code(Platform p) => CodeOf(PlatformCodes, (int)p, p);
    public static byte Code(PostKind k) => CodeOf(KindCodes, (int)k, k);
    public static byte Code(TimePrecision t) => CodeOf(PrecisionCodes, (int)t, t);

    private static byte CodeOf<T>(byte[] codes, int value, T name) where T : struct, Enum =>
        (uint)value < (uint)codes.Length && codes[value] != byte.MaxValue
            ? codes[value]
            : throw new ArgumentOutOfRangeException(typeof(T).Name, $"{typeof(T).Name} {name} has no stored name");

    /// <summary>SQL for an ENUM type with these members (names are identifiers from Core, never user text).</summary>
    public static string EnumSql(string[] members) => $"ENUM({string.Join(", ", members.Select(m => $"'{m}'"))})";

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

    private static string[] Members(string[] names) =>
        names.Where(n => n is not null).Order(StringComparer.Ordinal).ToArray();

    private static byte[] Codes(string[] names, string[] members)
    {
        var codes = new byte[names.Length];
        for (var i = 0; i < names.Length; i++)
            codes[i] = names[i] is { } name ? (byte)Array.IndexOf(members, name) : byte.MaxValue;
        return codes;
    }

    private static Dictionary<string, T> Index<T>() where T : struct, Enum
    {
        var d = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var v in Enum.GetValues<T>()) d[v.ToString().ToLowerInvariant()] = v;
        return d;
    }
}
