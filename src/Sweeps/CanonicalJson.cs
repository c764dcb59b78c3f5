using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenSystem.Sweeps;

/// <summary>Canonical JSON text (sorted keys, compact) and the content hash of a point.</summary>
internal static class CanonicalJson
{
    public static string Write(JsonNode? node)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            Write(writer, node);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static string Sha256(string modelJson, string runOptions)
    {
        string content = runOptions.Length == 0 ? modelJson : modelJson + "\n" + runOptions;
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }

    /// <summary>A value as a table cell or a label: numbers in round-trip form, strings bare, anything else as compact JSON.</summary>
    public static string Cell(JsonNode? node)
    {
        if (node is JsonValue value)
        {
            if (value.TryGetValue(out double number))
            {
                return number.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            }
            if (value.TryGetValue(out string? text))
            {
                return text;
            }
        }
        return node is null ? "" : Write(node);
    }

    private static void Write(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject obj:
                writer.WriteStartObject();
                foreach (var pair in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(pair.Key);
                    Write(writer, pair.Value);
                }
                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                foreach (var element in array)
                {
                    Write(writer, element);
                }
                writer.WriteEndArray();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }
}
