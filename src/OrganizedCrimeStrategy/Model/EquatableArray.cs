using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace OrganizedCrimeStrategy.Model;

/// <summary>
/// An immutable array with value equality, so that model records that hold lists compare by content.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
/// <remarks>
/// Two arrays are equal when they hold equal elements in the same order. The default value is the empty
/// array. Build one with a collection expression (<c>["a", "b"]</c>), from an <see cref="ImmutableArray{T}"/>,
/// or from any array.
/// </remarks>
[CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
public readonly struct EquatableArray<T> : IReadOnlyList<T>, IEquatable<EquatableArray<T>>
{
    private readonly ImmutableArray<T> _items;

    /// <summary>Wraps an immutable array.</summary>
    /// <param name="items">The elements.</param>
    public EquatableArray(ImmutableArray<T> items) => _items = items;

    /// <summary>The empty array.</summary>
    public static EquatableArray<T> Empty => default;

    /// <summary>The elements as an <see cref="ImmutableArray{T}"/>.</summary>
    public ImmutableArray<T> AsImmutableArray() => _items.IsDefault ? [] : _items;

    /// <inheritdoc/>
    public int Count => _items.IsDefault ? 0 : _items.Length;

    /// <summary>Whether the array has no elements.</summary>
    public bool IsEmpty => Count == 0;

    /// <inheritdoc/>
    public T this[int index] => AsImmutableArray()[index];

    /// <summary>The elements as a span.</summary>
    public ReadOnlySpan<T> AsSpan() => _items.IsDefault ? [] : _items.AsSpan();

    /// <summary>A copy with <paramref name="item"/> appended.</summary>
    /// <param name="item">The element to add.</param>
    /// <returns>The new array.</returns>
    public EquatableArray<T> Add(T item) => new(AsImmutableArray().Add(item));

    /// <summary>A copy with the element at <paramref name="index"/> replaced.</summary>
    /// <param name="index">The position to replace.</param>
    /// <param name="item">The new element.</param>
    /// <returns>The new array.</returns>
    public EquatableArray<T> SetItem(int index, T item) => new(AsImmutableArray().SetItem(index, item));

    /// <summary>A copy without the element at <paramref name="index"/>.</summary>
    /// <param name="index">The position to remove.</param>
    /// <returns>The new array.</returns>
    public EquatableArray<T> RemoveAt(int index) => new(AsImmutableArray().RemoveAt(index));

    /// <summary>Returns an enumerator over the elements (no allocation).</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<T>.Enumerator GetEnumerator() => AsImmutableArray().GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)AsImmutableArray()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)AsImmutableArray()).GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(EquatableArray<T> other) =>
        AsSpan().SequenceEqual(other.AsSpan(), EqualityComparer<T>.Default);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in AsSpan())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc/>
    public override string ToString() => $"[{string.Join(", ", AsImmutableArray())}]";

    /// <summary>Compares two arrays by content.</summary>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Compares two arrays by content.</summary>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <summary>Wraps an immutable array.</summary>
    public static implicit operator EquatableArray<T>(ImmutableArray<T> items) => new(items);

    /// <summary>Copies an array.</summary>
    public static implicit operator EquatableArray<T>(T[]? items) => items is null ? default : new(ImmutableArray.Create(items));
}

/// <summary>Factory methods for <see cref="EquatableArray{T}"/>.</summary>
public static class EquatableArray
{
    /// <summary>Creates an array from a span (the collection-expression builder).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements.</param>
    /// <returns>The array.</returns>
    public static EquatableArray<T> Create<T>(ReadOnlySpan<T> items) => new(ImmutableArray.Create(items));

    /// <summary>Creates an array from a sequence.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements.</param>
    /// <returns>The array.</returns>
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items) => new([.. items]);
}
