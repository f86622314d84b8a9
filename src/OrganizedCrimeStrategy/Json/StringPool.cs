using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace OrganizedCrimeStrategy.Json;

/// <summary>
/// One read's pool of short strings that documents repeat: language tags, stakeholder ids in references, units,
/// scale levels, crime types, currencies. A value met again is the same string instance, so a large strategy
/// keeps one copy of "en" or "cases" instead of one per element: fewer objects to allocate and for the garbage
/// collector to move.
/// </summary>
/// <remarks>
/// Only unescaped values of at most <see cref="MaxChars"/> characters are pooled, and at most
/// <see cref="MaxCount"/> values met while reading, so that a document of unique values costs a lookup, not memory;
/// stakeholder ids are added as they are declared (<see cref="Add"/>), so that every reference to a stakeholder is
/// its id's one string. A value that is not valid UTF-8 is left to the caller, which reports it.
/// </remarks>
internal sealed class StringPool
{
    public const int MaxChars = 64;
    public const int MaxCount = 16_384;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StringPool() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds a string the document will repeat (a declared stakeholder id), beyond <see cref="MaxCount"/>.</summary>
    public void Add(string value)
    {
        if (value.Length <= MaxChars)
        {
            _strings.TryAdd(value, value);
        }
    }

    /// <summary>The string of the current string or property-name token, from the pool when it is there.</summary>
    /// <returns><see langword="false"/> when the token cannot be pooled: escaped, long, or not valid UTF-8.</returns>
    public bool TryGet(ref Utf8JsonReader reader, out string value)
    {
        var utf8 = reader.ValueSpan;
        if (reader.ValueIsEscaped || reader.HasValueSequence || utf8.Length > MaxChars)
        {
            value = string.Empty;
            return false;
        }

        Span<char> chars = stackalloc char[MaxChars];
        if (Utf8.ToUtf16(utf8, chars, out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            value = string.Empty;
            return false;
        }

        var text = chars[..written];
        if (!_lookup.TryGetValue(text, out value!))
        {
            value = new string(text);
            if (_strings.Count < MaxCount)
            {
                _strings.Add(value, value);
            }
        }

        return true;
    }
}
