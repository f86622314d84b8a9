using System.Text.Json;
using OrganizedCrimeStrategy.Json;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Diff;

/// <summary>What kind of element a change is about.</summary>
public enum DiffElementKind
{
    /// <summary>The strategy itself (its title, stage, period, monitoring, adoption...).</summary>
    Strategy,

    /// <summary>A stakeholder.</summary>
    Stakeholder,

    /// <summary>A direction.</summary>
    Direction,

    /// <summary>An objective.</summary>
    Objective,

    /// <summary>An action.</summary>
    Action,

    /// <summary>An indicator.</summary>
    Indicator,

    /// <summary>A consultation.</summary>
    Consultation,
}

/// <summary>How an element changed.</summary>
public enum ChangeKind
{
    /// <summary>Only in the new version.</summary>
    Added,

    /// <summary>Only in the old version.</summary>
    Removed,

    /// <summary>In both, with different members or in another place.</summary>
    Changed,
}

/// <summary>One member of an element that differs between the versions.</summary>
/// <param name="Member">The member's name in the format (<c>lead</c>, <c>end</c>, <c>title</c>...), or <c>(place)</c> when the element moved.</param>
/// <param name="OldValue">The old value as compact JSON (a string without quotes), or <see langword="null"/> when absent.</param>
/// <param name="NewValue">The new value, likewise.</param>
public sealed record MemberChange(string Member, string? OldValue, string? NewValue);

/// <summary>An element added, removed or changed, matched by id.</summary>
/// <param name="Kind">Added, removed or changed.</param>
/// <param name="Element">What kind of element.</param>
/// <param name="Id">Its id (the strategy's id for strategy-level changes).</param>
/// <param name="Title">Its title or name in the new version (the old one when removed), for people.</param>
/// <param name="OldPointer">Its JSON Pointer in the old version.</param>
/// <param name="NewPointer">Its JSON Pointer in the new version.</param>
/// <param name="Members">The members that differ (empty for an added or removed element).</param>
public sealed record ElementChange(
    ChangeKind Kind,
    DiffElementKind Element,
    string Id,
    string? Title,
    string? OldPointer,
    string? NewPointer,
    EquatableArray<MemberChange> Members);

/// <summary>The differences between two versions of a strategy.</summary>
/// <param name="Changes">The changes: strategy-level first, then stakeholders, directions, objectives, actions, indicators and consultations, each in document order.</param>
public sealed record StrategyComparison(EquatableArray<ElementChange> Changes)
{
    /// <summary>Whether anything differs.</summary>
    public bool HasChanges => !Changes.IsEmpty;

    /// <summary>How many changes of a kind.</summary>
    /// <param name="kind">Added, removed or changed.</param>
    /// <returns>The count.</returns>
    public int Count(ChangeKind kind) => Changes.Count(c => c.Kind == kind);
}

/// <summary>
/// Compares two versions of a strategy element by element, matched by id: what a working group needs after a round
/// of consultation. Values are compared in their canonical JSON form, so unknown members count too.
/// </summary>
public static class StrategyDiff
{
    /// <summary>Compares two versions.</summary>
    /// <param name="old">The earlier version.</param>
    /// <param name="new">The later version.</param>
    /// <returns>The changes.</returns>
    public static StrategyComparison Compare(Strategy old, Strategy @new)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(@new);
        using var oldDocument = JsonDocument.Parse(StrategyJson.WriteUtf8(old, new StrategyWriteOptions { Indented = false }));
        using var newDocument = JsonDocument.Parse(StrategyJson.WriteUtf8(@new, new StrategyWriteOptions { Indented = false }));
        var before = Flatten(oldDocument.RootElement);
        var after = Flatten(newDocument.RootElement);
        var changes = new List<ElementChange>();

        foreach (var kind in Enum.GetValues<DiffElementKind>())
        {
            foreach (var (key, newer) in after)
            {
                if (key.Kind != kind)
                {
                    continue;
                }

                if (!before.TryGetValue(key, out var older))
                {
                    changes.Add(new ElementChange(ChangeKind.Added, kind, key.Id, newer.Title, null, newer.Pointer, []));
                    continue;
                }

                var members = CompareMembers(older, newer);
                if (!members.IsEmpty)
                {
                    changes.Add(new ElementChange(ChangeKind.Changed, kind, key.Id, newer.Title, older.Pointer, newer.Pointer, members));
                }
            }

            foreach (var (key, older) in before)
            {
                if (key.Kind == kind && !after.ContainsKey(key))
                {
                    changes.Add(new ElementChange(ChangeKind.Removed, kind, key.Id, older.Title, older.Pointer, null, []));
                }
            }
        }

        return new StrategyComparison([.. changes]);
    }

    /// <summary>An element's identity: its kind, its id, and which element with that id it is (0 for the first).</summary>
    /// <remarks>
    /// An id used twice (which OCS001 reports, and which the reader keeps) makes two elements with one id: they are
    /// matched in document order, so that a second stakeholder <c>mia</c> added to a version is an addition, not nothing.
    /// </remarks>
    private readonly record struct Key(DiffElementKind Kind, string Id, int Occurrence);

    private sealed record Flat(string Pointer, string? Parent, string? Title, List<(string Name, JsonElement Value)> Members);

    /// <summary>Members that are lists of elements diffed on their own, per element kind.</summary>
    private static readonly Dictionary<DiffElementKind, string[]> Children = new()
    {
        [DiffElementKind.Strategy] = ["stakeholders", "directions", "consultations"],
        [DiffElementKind.Direction] = ["objectives"],
        [DiffElementKind.Objective] = ["indicators", "actions"],
        [DiffElementKind.Action] = ["indicators"],
    };

    private static Dictionary<Key, Flat> Flatten(JsonElement root)
    {
        // Insertion order is document order; Dictionary keeps it when nothing is removed.
        var result = new Dictionary<Key, Flat>();
        var occurrences = new Dictionary<(DiffElementKind, string), int>();
        Add(result, occurrences, DiffElementKind.Strategy, root, string.Empty, null);
        Each(root, "stakeholders", string.Empty, (e, p) => Add(result, occurrences, DiffElementKind.Stakeholder, e, p, null));
        Each(root, "directions", string.Empty, (direction, dp) =>
        {
            var directionId = Add(result, occurrences, DiffElementKind.Direction, direction, dp, null);
            Each(direction, "objectives", dp, (objective, op) =>
            {
                var objectiveId = Add(result, occurrences, DiffElementKind.Objective, objective, op, directionId);
                Each(objective, "indicators", op, (i, ip) => Add(result, occurrences, DiffElementKind.Indicator, i, ip, objectiveId));
                Each(objective, "actions", op, (action, ap) =>
                {
                    var actionId = Add(result, occurrences, DiffElementKind.Action, action, ap, objectiveId);
                    Each(action, "indicators", ap, (i, ip) => Add(result, occurrences, DiffElementKind.Indicator, i, ip, actionId));
                });
            });
        });
        Each(root, "consultations", string.Empty, (e, p) => Add(result, occurrences, DiffElementKind.Consultation, e, p, null));
        return result;
    }

    private static void Each(JsonElement parent, string member, string pointer, Action<JsonElement, string> action)
    {
        if (parent.TryGetProperty(member, out var list) && list.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in list.EnumerateArray())
            {
                action(item, $"{pointer}/{member}/{i++}");
            }
        }
    }

    private static string Add(Dictionary<Key, Flat> result, Dictionary<(DiffElementKind, string), int> occurrences, DiffElementKind kind, JsonElement element, string pointer, string? parent)
    {
        var id = element.GetProperty("id").GetString()!;
        var skip = Children.GetValueOrDefault(kind) ?? [];
        // Presized, and each name made once (JsonProperty.Name makes a new string at every call): an element may have
        // any number of unknown members.
        var members = new List<(string, JsonElement)>(element.GetPropertyCount());
        foreach (var property in element.EnumerateObject())
        {
            var name = property.Name;
            if (!skip.Contains(name))
            {
                members.Add((name, property.Value));
            }
        }

        var title = element.TryGetProperty("title", out var t) || element.TryGetProperty("name", out t) ? TextOf(t) : null;

        // The same id twice in one version is the next occurrence of that id (see Key), counted so that the diff stays
        // linear however often an id repeats.
        ref var seen = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(occurrences, (kind, id), out _);
        result.Add(new Key(kind, id, seen++), new Flat(pointer, parent, title, members));
        return id;
    }

    private static string? TextOf(JsonElement text) => text.ValueKind switch
    {
        JsonValueKind.String => text.GetString(),
        JsonValueKind.Object => text.EnumerateObject().Select(p => p.Value.GetString()).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)),
        _ => null,
    };

    private static EquatableArray<MemberChange> CompareMembers(Flat older, Flat newer)
    {
        var changes = new List<MemberChange>();
        if (older.Parent != newer.Parent)
        {
            changes.Add(new MemberChange("(place)", older.Pointer, newer.Pointer));
        }

        // Members are matched by name: in order for the usual few, through a table of the first of each name for an
        // element with many (unknown members can be any number), so that a diff stays linear.
        var olderByName = ByName(older.Members);
        var newerByName = ByName(newer.Members);
        foreach (var (name, value) in newer.Members)
        {
            var index = IndexOf(older.Members, olderByName, name);
            if (index < 0)
            {
                changes.Add(new MemberChange(name, null, Render(value)));
            }
            else if (older.Members[index].Value is var old && !JsonElement.DeepEquals(old, value))
            {
                changes.Add(new MemberChange(name, Render(old), Render(value)));
            }
        }

        foreach (var (name, value) in older.Members)
        {
            if (IndexOf(newer.Members, newerByName, name) < 0)
            {
                changes.Add(new MemberChange(name, Render(value), null));
            }
        }

        return [.. changes];
    }

    /// <summary>Members up to this many are searched in order, which costs less than a table.</summary>
    private const int FewMembers = 16;

    /// <summary>The index of the first member of each name, for an element with more than <see cref="FewMembers"/>.</summary>
    private static Dictionary<string, int>? ByName(List<(string Name, JsonElement Value)> members)
    {
        if (members.Count <= FewMembers)
        {
            return null;
        }

        var table = new Dictionary<string, int>(members.Count, StringComparer.Ordinal);
        for (var i = 0; i < members.Count; i++)
        {
            table.TryAdd(members[i].Name, i);
        }

        return table;
    }

    /// <summary>The index of the first member named <paramref name="name"/>, or -1.</summary>
    private static int IndexOf(List<(string Name, JsonElement Value)> members, Dictionary<string, int>? byName, string name)
    {
        if (byName is not null)
        {
            WorkCounters.LookedUp(1);
            return byName.TryGetValue(name, out var index) ? index : -1;
        }

        WorkCounters.LookedUp(members.Count);
        for (var i = 0; i < members.Count; i++)
        {
            if (members[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    private static string Render(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
}
