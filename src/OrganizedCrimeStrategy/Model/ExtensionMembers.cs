using System.Collections;
using System.Collections.Immutable;
using System.Text.Json;

namespace OrganizedCrimeStrategy.Model;

/// <summary>
/// The members of a JSON object that format 1.0 does not define, kept in the order they were read so
/// that writing the object back reproduces them exactly (FORMAT.md, "Unknown members").
/// </summary>
/// <remarks>
/// Two collections are equal when they hold the same names in the same order with deeply equal values
/// (<see cref="JsonElement.DeepEquals(JsonElement, JsonElement)"/>). The values are detached from any
/// <see cref="JsonDocument"/>, so the collection is safe to keep.
/// </remarks>
public sealed class ExtensionMembers : IReadOnlyList<KeyValuePair<string, JsonElement>>, IEquatable<ExtensionMembers>
{
    private readonly ImmutableArray<KeyValuePair<string, JsonElement>> _members;

    private ExtensionMembers(ImmutableArray<KeyValuePair<string, JsonElement>> members) => _members = members;

    /// <summary>No unknown members.</summary>
    public static ExtensionMembers Empty { get; } = new([]);

    /// <summary>Creates a collection from name and value pairs; each value is cloned so it outlives its document.</summary>
    /// <param name="members">The members, in order. Names must be distinct.</param>
    /// <returns>The collection.</returns>
    /// <exception cref="ArgumentException">A name occurs twice, or a value is a default <see cref="JsonElement"/>.</exception>
    public static ExtensionMembers Create(IEnumerable<KeyValuePair<string, JsonElement>> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var builder = ImmutableArray.CreateBuilder<KeyValuePair<string, JsonElement>>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, value) in members)
        {
            ArgumentNullException.ThrowIfNull(name, nameof(members));
            if (value.ValueKind == JsonValueKind.Undefined)
            {
                throw new ArgumentException($"The member '{name}' has no value (a default JsonElement).", nameof(members));
            }

            if (!names.Add(name))
            {
                throw new ArgumentException($"The member name '{name}' occurs twice.", nameof(members));
            }

            builder.Add(new(name, value.Clone()));
        }

        return builder.Count == 0 ? Empty : new(builder.ToImmutable());
    }

    /// <summary>Wraps members that the reader has already detached and checked for distinct names.</summary>
    internal static ExtensionMembers FromTrusted(ImmutableArray<KeyValuePair<string, JsonElement>> members) =>
        members.IsDefaultOrEmpty ? Empty : new(members);

    /// <inheritdoc/>
    public int Count => _members.Length;

    /// <inheritdoc/>
    public KeyValuePair<string, JsonElement> this[int index] => _members[index];

    /// <summary>The value of the member named <paramref name="name"/>.</summary>
    /// <param name="name">The member name.</param>
    /// <param name="value">The value, when present.</param>
    /// <returns><see langword="true"/> when the member is present.</returns>
    public bool TryGetValue(string name, out JsonElement value)
    {
        foreach (var member in _members)
        {
            if (member.Key == name)
            {
                value = member.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Returns an enumerator over the members (no allocation).</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<KeyValuePair<string, JsonElement>>.Enumerator GetEnumerator() => _members.GetEnumerator();

    IEnumerator<KeyValuePair<string, JsonElement>> IEnumerable<KeyValuePair<string, JsonElement>>.GetEnumerator() =>
        ((IEnumerable<KeyValuePair<string, JsonElement>>)_members).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)_members).GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(ExtensionMembers? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.Count != Count)
        {
            return false;
        }

        for (var i = 0; i < _members.Length; i++)
        {
            if (_members[i].Key != other._members[i].Key || !JsonElement.DeepEquals(_members[i].Value, other._members[i].Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ExtensionMembers);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var member in _members)
        {
            hash.Add(member.Key);
        }

        return hash.ToHashCode();
    }
}
