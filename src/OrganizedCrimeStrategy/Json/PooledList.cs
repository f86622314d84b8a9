using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace OrganizedCrimeStrategy.Json;

/// <summary>A list that grows in pooled arrays and ends as one exactly sized immutable array: one allocation per list read.</summary>
internal struct PooledList<T> : IDisposable
{
    private T[]? _items;
    private int _count;

    public readonly int Count => _count;

    public readonly ReadOnlySpan<T> Span => _items.AsSpan(0, _count);

    public void Add(T item)
    {
        if (_items is null)
        {
            _items = ArrayPool<T>.Shared.Rent(8);
        }
        else if (_count == _items.Length)
        {
            var larger = ArrayPool<T>.Shared.Rent(_items.Length * 2);
            _items.AsSpan().CopyTo(larger);
            Return(_items);
            _items = larger;
        }

        _items[_count++] = item;
    }

    public readonly ImmutableArray<T> ToImmutable() => _count == 0 ? [] : ImmutableArray.Create(Span);

    public void Dispose()
    {
        if (_items is not null)
        {
            Return(_items);
            _items = null;
            _count = 0;
        }
    }

    private readonly void Return(T[] items)
    {
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            items.AsSpan(0, _count).Clear();
        }

        ArrayPool<T>.Shared.Return(items);
    }
}
