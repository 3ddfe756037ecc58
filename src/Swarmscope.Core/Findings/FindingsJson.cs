using System.Text.Json;
using System.Text.Json.Serialization;

namespace Swarmscope.Core.Findings;

/// <summary>
/// The JSON of `runs.settings` and `runs.summary`: snake_case names, numbers that read back exactly, so a stored run's
/// settings rebuild the same summary.md. One place, so the store and the front ends read the same names.
/// </summary>
public static class FindingsJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <exception cref="InvalidDataException">The text is not the JSON of a <typeparamref name="T"/>.</exception>
    public static T Read<T>(string json, string what)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException($"{what}: empty JSON");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{what}: not readable ({e.Message})", e);
        }
    }
}
