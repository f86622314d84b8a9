using System.Collections.Immutable;

namespace OrganizedCrimeStrategy.Model;

/// <summary>One language version of a <see cref="Text"/>.</summary>
/// <param name="Language">A BCP 47 tag such as <c>uz-Latn</c>, or the empty string for a text with no language (a plain string).</param>
/// <param name="Value">The text in that language.</param>
public readonly record struct TextEntry(string Language, string Value);

/// <summary>
/// Multilingual text: a plain string, or one string per BCP 47 language tag
/// (<c>{"en": "...", "uz-Latn": "...", "ru": "..."}</c>), with at least one non-blank entry.
/// </summary>
/// <remarks>
/// Texts are immutable and compare by their entries, in order; language tags compare without regard to
/// case when looking a language up. A text made from a plain string has one <em>neutral</em> entry
/// (language <c>""</c>) and is written back as a plain string.
/// </remarks>
public sealed class Text : IEquatable<Text>
{
    private readonly ImmutableArray<TextEntry> _entries;

    private Text(ImmutableArray<TextEntry> entries) => _entries = entries;

    /// <summary>The entries in the order they were given.</summary>
    public EquatableArray<TextEntry> Entries => _entries;

    /// <summary>Whether the text is a single neutral entry, written as a plain JSON string.</summary>
    public bool IsPlain => _entries.Length == 1 && _entries[0].Language.Length == 0;

    /// <summary>The languages the text is available in (empty for a plain text).</summary>
    public IEnumerable<string> Languages => _entries.Where(e => e.Language.Length > 0).Select(e => e.Language);

    /// <summary>Creates a plain text with no language.</summary>
    /// <param name="value">The text; not blank.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null, empty or white space.</exception>
    public static Text Plain(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return new([new TextEntry(string.Empty, value)]);
    }

    /// <summary>Creates a text from language and value pairs, such as <c>Text.Of(("en", "Prevent"), ("ru", "Предупреждение"))</c>.</summary>
    /// <param name="entries">The language versions: well-formed, distinct tags; at least one non-blank value.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentException">A tag is malformed or repeated, or no value is non-blank.</exception>
    public static Text Of(params ReadOnlySpan<(string Language, string Value)> entries)
    {
        var builder = ImmutableArray.CreateBuilder<TextEntry>(entries.Length);
        foreach (var (language, value) in entries)
        {
            builder.Add(new TextEntry(language, value));
        }

        return From(builder.MoveToImmutable());
    }

    /// <summary>Creates a text from entries.</summary>
    /// <param name="entries">The language versions: well-formed, distinct tags (or one neutral entry); at least one non-blank value.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentException">A tag is malformed or repeated, or no value is non-blank.</exception>
    public static Text From(IEnumerable<TextEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var array = entries.ToImmutableArray();
        var problem = Validate(array.AsSpan(), out var language);
        if (problem != TextProblem.None)
        {
            throw new ArgumentException(Describe(problem, language), nameof(entries));
        }

        return new(array);
    }

    /// <summary>Texts with more entries than this find a repeated tag with a set rather than by comparing with each earlier entry.</summary>
    internal const int SmallText = 8;

    /// <summary>Checks entries against the format's rules, in time linear in their number.</summary>
    /// <param name="entries">The entries.</param>
    /// <param name="language">The language concerned, for a malformed or repeated tag.</param>
    /// <returns>The first problem, or <see cref="TextProblem.None"/> when the entries make a valid text.</returns>
    internal static TextProblem Validate(ReadOnlySpan<TextEntry> entries, out string? language)
    {
        language = null;
        if (entries.IsEmpty)
        {
            return TextProblem.Empty;
        }

        var anyNonBlank = false;
        var seen = entries.Length > SmallText ? new HashSet<string>(entries.Length, StringComparer.OrdinalIgnoreCase) : null;
        for (var i = 0; i < entries.Length; i++)
        {
            var (tag, value) = entries[i];
            if (tag is null || value is null)
            {
                return TextProblem.Null;
            }

            if (tag.Length == 0 ? entries.Length != 1 : !FormatRules.IsValidLanguageTag(tag))
            {
                language = tag;
                return tag.Length == 0 ? TextProblem.NeutralAmongOthers : TextProblem.InvalidLanguage;
            }

            if (Repeats(entries, i, seen))
            {
                language = tag;
                return TextProblem.DuplicateLanguage;
            }

            anyNonBlank |= !string.IsNullOrWhiteSpace(value);
        }

        return anyNonBlank ? TextProblem.None : TextProblem.AllBlank;
    }

    /// <summary>The English sentence of a problem, for the exception of a caller's programming error.</summary>
    private static string Describe(TextProblem problem, string? language) => problem switch
    {
        TextProblem.Empty => "A text needs at least one entry.",
        TextProblem.Null => "A text entry has a null language or value.",
        TextProblem.NeutralAmongOthers => "Only a plain text has an entry without a language.",
        TextProblem.InvalidLanguage => $"'{language}' is not a well-formed BCP 47 language tag.",
        TextProblem.DuplicateLanguage => $"The language '{language}' occurs twice.",
        _ => "A text needs at least one non-blank entry.",
    };

    /// <summary>Whether entry <paramref name="i"/> repeats the language of an earlier one (ignoring case); <paramref name="seen"/> holds the earlier ones of a large text.</summary>
    private static bool Repeats(ReadOnlySpan<TextEntry> entries, int i, HashSet<string>? seen)
    {
        var language = entries[i].Language;
        if (seen is not null)
        {
            WorkCounters.ComparedTags(1);
            return !seen.Add(language);
        }

        WorkCounters.ComparedTags(i);
        for (var j = 0; j < i; j++)
        {
            if (string.Equals(entries[j].Language, language, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Wraps entries the reader has already validated.</summary>
    internal static Text FromTrusted(ImmutableArray<TextEntry> entries) => new(entries);

    /// <summary>
    /// The text in <paramref name="language"/>, falling back through shorter tags (<c>uz-Cyrl-UZ</c>, <c>uz-Cyrl</c>,
    /// <c>uz</c>), then the neutral entry, then the first non-blank entry.
    /// </summary>
    /// <param name="language">A BCP 47 tag, or <see langword="null"/> for the neutral or first entry.</param>
    /// <returns>The best matching non-blank value.</returns>
    public string Get(string? language = null)
    {
        var tag = language.AsSpan();
        while (!tag.IsEmpty)
        {
            foreach (var entry in _entries)
            {
                if (tag.Equals(entry.Language, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(entry.Value))
                {
                    return entry.Value;
                }
            }

            var dash = tag.LastIndexOf('-');
            tag = dash < 0 ? [] : tag[..dash];
        }

        foreach (var entry in _entries)
        {
            if (entry.Language.Length == 0)
            {
                return entry.Value;
            }
        }

        foreach (var entry in _entries)
        {
            if (!string.IsNullOrWhiteSpace(entry.Value))
            {
                return entry.Value;
            }
        }

        return _entries[0].Value;
    }

    /// <summary>The value stored for exactly <paramref name="language"/> (ignoring case), without fallback.</summary>
    /// <param name="language">A BCP 47 tag.</param>
    /// <returns>The value, or <see langword="null"/> when the text has no entry for that tag.</returns>
    public string? GetExact(string language)
    {
        foreach (var entry in _entries)
        {
            if (string.Equals(entry.Language, language, StringComparison.OrdinalIgnoreCase))
            {
                return entry.Value;
            }
        }

        return null;
    }

    /// <summary>A copy with the value for <paramref name="language"/> added or replaced.</summary>
    /// <param name="language">A BCP 47 tag.</param>
    /// <param name="value">The text in that language.</param>
    /// <returns>The new text. A plain text becomes multilingual only if its neutral entry is replaced by tagged ones first.</returns>
    public Text With(string language, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(language);
        ArgumentNullException.ThrowIfNull(value);
        var entries = _entries;
        for (var i = 0; i < entries.Length; i++)
        {
            if (string.Equals(entries[i].Language, language, StringComparison.OrdinalIgnoreCase))
            {
                return From(entries.SetItem(i, new TextEntry(entries[i].Language, value)));
            }
        }

        return From(entries.Add(new TextEntry(language, value)));
    }

    /// <summary>Makes a plain text from a string.</summary>
    /// <param name="value">The text; not blank.</param>
    public static implicit operator Text(string value) => Plain(value);

    /// <inheritdoc/>
    public bool Equals(Text? other) =>
        other is not null && (ReferenceEquals(this, other) || _entries.AsSpan().SequenceEqual(other._entries.AsSpan()));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Text);

    /// <inheritdoc/>
    public override int GetHashCode() => Entries.GetHashCode();

    /// <summary>The neutral or first entry.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Get();

    /// <summary>Compares two texts by their entries.</summary>
    public static bool operator ==(Text? left, Text? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two texts by their entries.</summary>
    public static bool operator !=(Text? left, Text? right) => !(left == right);
}

/// <summary>What makes entries not a valid <see cref="Text"/>.</summary>
internal enum TextProblem
{
    None,
    Empty,
    Null,
    NeutralAmongOthers,
    InvalidLanguage,
    DuplicateLanguage,
    AllBlank,
}
