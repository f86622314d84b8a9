using System.Text.Json;

namespace OrganizedCrimeStrategy.Json;

/// <summary>
/// Finds where JSON Pointers stand in a document's text: the 1-based line and column of the value each names. Used
/// to place findings (which carry pointers) in the file, for SARIF and editors.
/// </summary>
/// <remarks>All pointers asked for are found in a single pass over the text, so locating every finding of a large document stays linear.</remarks>
public sealed class JsonLocator
{
    private readonly ReadOnlyMemory<byte> _utf8;
    private LineMap? _lines;

    /// <summary>Creates a locator over a document's UTF-8 text (a leading byte order mark is allowed).</summary>
    /// <param name="utf8">The text the strategy was read from.</param>
    public JsonLocator(ReadOnlyMemory<byte> utf8) => _utf8 = utf8;

    /// <summary>Locates pointers; those not in the document (or in a text that is not JSON) are left out.</summary>
    /// <param name="pointers">JSON Pointers such as <c>/directions/0/objectives/1</c>; <c>""</c> is the root.</param>
    /// <returns>The line and column of each pointer found.</returns>
    public IReadOnlyDictionary<string, (int Line, int Column)> Locate(IEnumerable<string> pointers)
    {
        ArgumentNullException.ThrowIfNull(pointers);
        var root = new Node();
        foreach (var pointer in pointers.Distinct(StringComparer.Ordinal))
        {
            var node = root;
            if (pointer.Length > 0)
            {
                if (pointer[0] != '/')
                {
                    continue;
                }

                foreach (var segment in pointer[1..].Split('/'))
                {
                    var name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
                    node = node.Children.TryGetValue(name, out var child) ? child : node.Children[name] = new Node();
                }
            }

            node.Pointer = pointer;
        }

        var found = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var text = _utf8;
        var bom = text.Span.StartsWith("\uFEFF"u8) ? 3 : 0;
        try
        {
            var reader = new Utf8JsonReader(text.Span[bom..], new JsonReaderOptions { MaxDepth = 4096 });
            if (reader.Read())
            {
                Walk(ref reader, root, found, bom);
            }
        }
        catch (JsonException)
        {
            // Not JSON (or not all of it): what was found before the break is still right.
        }

        return found;
    }

    /// <summary>A function that gives a pointer's place, for <c>SarifOptions.Locate</c>; it locates all <paramref name="pointers"/> at once.</summary>
    /// <param name="pointers">The pointers that will be asked for.</param>
    /// <returns>The lookup.</returns>
    public Func<string, (int Line, int Column)?> ToLookup(IEnumerable<string> pointers)
    {
        var found = Locate(pointers);
        return pointer => found.TryGetValue(pointer, out var place) ? place : null;
    }

    private void Walk(ref Utf8JsonReader reader, Node? node, Dictionary<string, (int, int)> found, int offset)
    {
        if (node?.Pointer is { } pointer)
        {
            _lines ??= new LineMap(_utf8);
            found[pointer] = _lines.Locate(reader.TokenStartIndex + offset);
        }

        if (node is null || node.Children.Count == 0)
        {
            reader.Skip();
            return;
        }

        if (reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                reader.Read();
                Walk(ref reader, node.Children.GetValueOrDefault(name), found, offset);
            }
        }
        else if (reader.TokenType == JsonTokenType.StartArray)
        {
            var index = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                Walk(ref reader, node.Children.GetValueOrDefault(index++.ToString(System.Globalization.CultureInfo.InvariantCulture)), found, offset);
            }
        }
    }

    private sealed class Node
    {
        public Dictionary<string, Node> Children { get; } = new(StringComparer.Ordinal);

        public string? Pointer { get; set; }
    }
}
