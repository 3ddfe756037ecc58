using System.Text.Json;
using System.Text.Json.Serialization;

namespace Swarmscope.Cli;

/// <summary>Results as JSON on standard output for scripts (--json): snake_case names, one document per run.</summary>
public static class CliJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static void Write<T>(T value) => Terminal.Line(JsonSerializer.Serialize(value, Options));
}
