using System.Text;
using System.Text.Json;

namespace OrganizedCrimeStrategy.Json;

/// <summary>The known member names of one object type, in the order FORMAT.md lists them (which is the order they are written).</summary>
internal sealed class MemberNames
{
    private readonly string[] _names;
    private readonly byte[][] _utf8;

    public MemberNames(params string[] names)
    {
        if (names.Length > 64)
        {
            throw new ArgumentException("At most 64 members per object.", nameof(names));
        }

        _names = names;
        _utf8 = [.. names.Select(Encoding.UTF8.GetBytes)];
    }

    public string this[int index] => _names[index];

    /// <summary>A mask with the bits of the named members set.</summary>
    public ulong Mask(params string[] names)
    {
        ulong mask = 0;
        foreach (var name in names)
        {
            var index = Array.IndexOf(_names, name);
            if (index < 0)
            {
                throw new ArgumentException($"'{name}' is not a member.", nameof(names));
            }

            mask |= 1UL << index;
        }

        return mask;
    }

    /// <summary>The index of the property name at the reader, or -1.</summary>
    public int IndexOf(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            var span = reader.ValueSpan;
            for (var i = 0; i < _utf8.Length; i++)
            {
                if (span.SequenceEqual(_utf8[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        for (var i = 0; i < _utf8.Length; i++)
        {
            if (reader.ValueTextEquals(_utf8[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
