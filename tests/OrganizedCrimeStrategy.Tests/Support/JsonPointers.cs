using System.Text.Json;

namespace OrganizedCrimeStrategy.Tests.Support;

/// <summary>Evaluates JSON Pointers (RFC 6901) over a parsed document, independently of the library's own code.</summary>
public static class JsonPointers
{
    /// <summary>The value at <paramref name="pointer"/>, or <see langword="false"/> when nothing is there.</summary>
    public static bool TryResolve(JsonElement root, string pointer, out JsonElement value)
    {
        value = root;
        foreach (var raw in pointer.Split('/').Skip(1))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty(segment, out var next))
            {
                value = next;
            }
            else if (value.ValueKind == JsonValueKind.Array && int.TryParse(segment, out var index) && index >= 0 && index < value.GetArrayLength())
            {
                value = value[index];
            }
            else
            {
                return false;
            }
        }

        return true;
    }
}
