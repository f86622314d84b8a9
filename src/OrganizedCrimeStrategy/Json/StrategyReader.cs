using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Json;

/// <summary>
/// Reads format 1.0 in one forward pass over <see cref="Utf8JsonReader"/>: it builds the model, collects every
/// failure with its JSON Pointer and byte offset, and never throws for bad input.
/// </summary>
/// <remarks>
/// A hand-written pass rather than <see cref="JsonSerializer"/>: the serializer stops at the first problem,
/// cannot report a missing member and a bad date in one go, knows no line for a semantic problem, and would
/// run the model's guard clauses as exceptions. Here each value is checked with <see cref="FormatRules"/>
/// (the rules the guards use) before the model is built, so no guard ever fires while reading.
/// </remarks>
internal sealed partial class StrategyReader
{
    private delegate T? ItemReader<T>(ref Utf8JsonReader reader);

    private readonly ReadOnlyMemory<byte> _utf8;
    private readonly StrategyReadOptions _options;
    private readonly List<PendingFailure> _failures = [];
    private readonly List<PathSegment> _path = [];
    private readonly StringPool _pool = new();
    private readonly Dictionary<string, Text> _plainTexts = new(StringComparer.Ordinal);

    private StrategyReader(ReadOnlyMemory<byte> utf8, StrategyReadOptions options)
    {
        _utf8 = utf8;
        _options = options;
    }

    public static OneOf.OneOf<Strategy, DiagnosticList> Read(ReadOnlyMemory<byte> utf8, StrategyReadOptions options)
    {
        if (utf8.Length > options.MaxBytes)
        {
            return new DiagnosticList(new Diagnostic(DiagnosticCode.TooLarge, ReadMessages.For(options.Language).TooLarge(utf8.Length, options.MaxBytes), string.Empty));
        }

        // A UTF-8 byte order mark at the very start is accepted and ignored.
        if (utf8.Span.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        return new StrategyReader(utf8, options).ReadDocument();
    }

    private OneOf.OneOf<Strategy, DiagnosticList> ReadDocument()
    {
        Strategy? strategy = null;
        var reader = new Utf8JsonReader(_utf8.Span, new JsonReaderOptions
        {
            // Our own depth check (CheckDepth) fires first and reports tooDeep with its place.
            MaxDepth = _options.MaxDepth + 2,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        });

        try
        {
            if (!reader.Read())
            {
                return Finish(null, [new PendingFailure(DiagnosticCode.Syntax, Messages.Empty(), string.Empty, 0)]);
            }

            strategy = ReadStrategy(ref reader);

            // One more read finds trailing garbage or a second value: the reader throws (a syntax failure) for either.
            reader.Read();
        }
        catch (JsonException exception)
        {
            var (line, column) = Lines.FromLineAndByte(exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0);
            // The text is not JSON: what was found before it may be an artefact of the break, so the break alone is reported.
            return Fatal(new PendingFailure(DiagnosticCode.Syntax, SyntaxMessage(exception), Pointer(), -1, line, column));
        }
        catch (AbortException)
        {
            var last = _failures[^1];
            if (last.Code == DiagnosticCode.TooDeep)
            {
                return Fatal(last);
            }
        }

        return Finish(strategy, _failures);
    }

    private OneOf.OneOf<Strategy, DiagnosticList> Fatal(PendingFailure failure) => new DiagnosticList(ToDiagnostic(failure));

    private OneOf.OneOf<Strategy, DiagnosticList> Finish(Strategy? strategy, List<PendingFailure> failures)
    {
        if (strategy is not null && failures.Count == 0)
        {
            return strategy;
        }

        var version = failures.FirstOrDefault(f => f.Code == DiagnosticCode.UnsupportedVersion);
        var selected = version is not null ? [version] : failures;
        return new DiagnosticList(selected.Select(ToDiagnostic));
    }

    private Diagnostic ToDiagnostic(PendingFailure failure)
    {
        if (failure.Line is { } line)
        {
            return Diagnostic.Located(failure.Code, failure.Message, failure.Pointer, line, failure.Column);
        }

        if (failure.Offset < 0)
        {
            return new Diagnostic(failure.Code, failure.Message, failure.Pointer);
        }

        var (l, c) = Lines.Locate(failure.Offset);
        return new Diagnostic(failure.Code, failure.Message, failure.Pointer, l, c);
    }

    /// <summary>The messages in the language of the options, made on the first failure (a document that reads costs nothing).</summary>
    private ReadMessages Messages => field ??= ReadMessages.For(_options.Language);

    private LineMap Lines => field ??= new LineMap(_utf8);

    private string SyntaxMessage(JsonException exception)
    {
        // The reader's message ends with its own position; we report ours in Line and Column.
        var message = exception.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        message = (cut > 0 ? message[..cut] : message).Trim();
        return Messages.Syntax(message);
    }

    // ----- failures and the current place --------------------------------------------------------

    private readonly record struct PathSegment(string? Name, int Index);

    private sealed record PendingFailure(DiagnosticCode Code, string Message, string Pointer, long Offset, int? Line = null, int? Column = null);

    private sealed class AbortException : Exception
    {
    }

    private string Pointer(string? last = null)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var segment in _path)
        {
            builder.Append('/');
            if (segment.Name is null)
            {
                builder.Append(segment.Index.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(ElementPath.Escape(segment.Name));
            }
        }

        if (last is not null)
        {
            builder.Append('/').Append(ElementPath.Escape(last));
        }

        return builder.ToString();
    }

    private void Add(DiagnosticCode code, string message, long offset, string? pointer = null) =>
        Add(new PendingFailure(code, message, pointer ?? Pointer(), offset));

    private void Add(PendingFailure failure)
    {
        _failures.Add(failure);
        if (_failures.Count >= _options.MaxFailures)
        {
            _failures.Add(new PendingFailure(failure.Code, Messages.TooManyFailures(_options.MaxFailures), string.Empty, -1));
            throw new AbortException();
        }
    }

    private void Push(string name) => _path.Add(new PathSegment(name, 0));

    private void Push(int index) => _path.Add(new PathSegment(null, index));

    private void Pop() => _path.RemoveAt(_path.Count - 1);

    /// <summary>Reports a value of the wrong JSON type and skips it; <paramref name="expected"/> is a key of <c>read.expected.*</c>.</summary>
    private void WrongType(ref Utf8JsonReader reader, string expected)
    {
        Add(DiagnosticCode.WrongType, Messages.WrongType(expected, reader.TokenType), reader.TokenStartIndex);
        SkipValue(ref reader);
    }

    // ----- structure ---------------------------------------------------------------------------

    private void CheckDepth(ref Utf8JsonReader reader)
    {
        if (reader.CurrentDepth + 1 > _options.MaxDepth)
        {
            Add(DiagnosticCode.TooDeep, Messages.TooDeep(_options.MaxDepth), reader.TokenStartIndex);
            throw new AbortException();
        }
    }

    /// <summary>Skips the value at the reader, checking depth on the way; leaves the reader on the value's last token.</summary>
    private void SkipValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }

        var depth = reader.CurrentDepth;
        CheckDepth(ref reader);
        while (reader.Read() && reader.CurrentDepth > depth)
        {
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                CheckDepth(ref reader);
            }
        }
    }

    /// <summary>A JSON object being read: which known members it has had, and its unknown ones.</summary>
    private struct ObjectScope
    {
        public long Start;
        public ulong Seen;
        public bool Pushed;
        public ImmutableArray<KeyValuePair<string, JsonElement>>.Builder? Unknown;
    }

    private bool BeginObject(ref Utf8JsonReader reader, out ObjectScope scope, string what)
    {
        scope = new ObjectScope { Start = reader.TokenStartIndex };
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            WrongType(ref reader, what);
            return false;
        }

        CheckDepth(ref reader);
        return true;
    }

    /// <summary>Moves to the next member; returns <see langword="false"/> at the end of the object.</summary>
    private bool NextMember(ref Utf8JsonReader reader, ref ObjectScope scope)
    {
        if (scope.Pushed)
        {
            Pop();
            scope.Pushed = false;
        }

        reader.Read();
        return reader.TokenType == JsonTokenType.PropertyName;
    }

    /// <summary>
    /// Identifies the member at the reader among <paramref name="names"/>. A known member: marks it seen, moves to its
    /// value and returns its index. A repeated one: reports it, skips it and returns -1. An unknown one: keeps it and returns -1.
    /// </summary>
    private int Member(ref Utf8JsonReader reader, ref ObjectScope scope, MemberNames names)
    {
        var index = names.IndexOf(ref reader);
        if (index >= 0)
        {
            var bit = 1UL << index;
            Push(names[index]);
            scope.Pushed = true;
            if ((scope.Seen & bit) != 0)
            {
                Add(DiagnosticCode.DuplicateMember, Messages.DuplicateMember(names[index]), reader.TokenStartIndex);
                reader.Read();
                SkipValue(ref reader);
                return -1;
            }

            scope.Seen |= bit;
            reader.Read();
            return index;
        }

        var nameOffset = reader.TokenStartIndex;
        if (!TryGetString(ref reader, out var name))
        {
            Add(DiagnosticCode.InvalidValue, Messages.NameNotUnicode(), nameOffset);
            reader.Read();
            SkipValue(ref reader);
            return -1;
        }

        Push(name);
        scope.Pushed = true;
        scope.Unknown ??= ImmutableArray.CreateBuilder<KeyValuePair<string, JsonElement>>();
        foreach (var existing in scope.Unknown)
        {
            if (existing.Key == name)
            {
                Add(DiagnosticCode.DuplicateMember, Messages.DuplicateMember(name), nameOffset);
                reader.Read();
                SkipValue(ref reader);
                return -1;
            }
        }

        reader.Read();
        if (ReadUnknownValue(ref reader) is { } value)
        {
            scope.Unknown.Add(new(name, value));
        }

        return -1;
    }

    /// <summary>Keeps a value the format does not define, after checking its depth and its strings.</summary>
    private JsonElement? ReadUnknownValue(ref Utf8JsonReader reader)
    {
        var copy = reader;
        if (!ValidateStrings(ref copy))
        {
            SkipValue(ref reader);
            return null;
        }

        return JsonElement.ParseValue(ref reader);
    }

    /// <summary>Walks a copy of the reader over one value, checking its depth and that its strings are valid Unicode.</summary>
    private bool ValidateStrings(ref Utf8JsonReader reader)
    {
        var valid = true;
        void Check(ref Utf8JsonReader r)
        {
            if (valid && !TryGetString(ref r, out _))
            {
                Add(DiagnosticCode.InvalidValue, Messages.StringNotUnicode(), r.TokenStartIndex);
                valid = false;
            }
        }

        if (reader.TokenType == JsonTokenType.String)
        {
            Check(ref reader);
            return valid;
        }

        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return true;
        }

        var depth = reader.CurrentDepth;
        CheckDepth(ref reader);
        while (reader.Read() && reader.CurrentDepth > depth)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    CheckDepth(ref reader);
                    break;
                case JsonTokenType.String or JsonTokenType.PropertyName:
                    Check(ref reader);
                    break;
            }
        }

        return valid;
    }

    private ExtensionMembers Extensions(in ObjectScope scope) =>
        scope.Unknown is null ? ExtensionMembers.Empty : ExtensionMembers.FromTrusted(scope.Unknown.ToImmutable());

    private void Require(in ObjectScope scope, MemberNames names, ulong required)
    {
        var missing = required & ~scope.Seen;
        for (var i = 0; missing != 0; i++, missing >>= 1)
        {
            if ((missing & 1) != 0)
            {
                Add(DiagnosticCode.MissingMember, Messages.MissingMember(names[i]), scope.Start);
            }
        }
    }

    private EquatableArray<T> ReadArray<T>(ref Utf8JsonReader reader, ItemReader<T> item)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            WrongType(ref reader, "array");
            return default;
        }

        CheckDepth(ref reader);
        var list = default(PooledList<T>);
        try
        {
            var index = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                Push(index++);
                var value = item(ref reader);
                if (value is not null)
                {
                    list.Add(value);
                }

                Pop();
            }

            return list.ToImmutable();
        }
        finally
        {
            list.Dispose();
        }
    }

    // ----- primitives --------------------------------------------------------------------------

    private static bool TryGetString(ref Utf8JsonReader reader, out string value)
    {
        try
        {
            value = reader.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            // GetString throws for invalid UTF-8 and for escaped lone surrogates; report it as a value problem.
            value = string.Empty;
            return false;
        }
    }

    /// <summary>Reads a string; <paramref name="pooled"/> for short values a document repeats (see <see cref="StringPool"/>).</summary>
    private string? ReadString(ref Utf8JsonReader reader, bool pooled = false)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            WrongType(ref reader, "string");
            return null;
        }

        if (!(pooled && _pool.TryGet(ref reader, out var value)) && !TryGetString(ref reader, out value))
        {
            Add(DiagnosticCode.InvalidValue, Messages.ValueNotUnicode(), reader.TokenStartIndex);
            return null;
        }

        return value;
    }

    /// <summary>Reads a non-blank string: mostly short labels a document repeats (units, levels, crime types, groups), so pooled unless said otherwise.</summary>
    private string? ReadNonBlank(ref Utf8JsonReader reader, bool pooled = true)
    {
        var offset = reader.TokenStartIndex;
        var value = ReadString(ref reader, pooled);
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            Add(DiagnosticCode.InvalidValue, Messages.Blank(), offset);
            return null;
        }

        return value;
    }

    private string? ReadId(ref Utf8JsonReader reader, bool pooled = false)
    {
        var offset = reader.TokenStartIndex;
        var value = ReadString(ref reader, pooled);
        if (value is not null && !FormatRules.IsValidId(value))
        {
            Add(DiagnosticCode.InvalidValue, Messages.InvalidId(Shorten(value)), offset);
            return null;
        }

        return value;
    }

    /// <summary>
    /// Reads a reference to a stakeholder. Whether it names one is not the reader's business (JSON Schema cannot say
    /// it either): the document is kept as written, and the rule OCS002 reports a reference that resolves to nothing.
    /// </summary>
    private string? ReadReference(ref Utf8JsonReader reader) => ReadId(ref reader, pooled: true);

    private string? ReadReferenceItem(ref Utf8JsonReader reader) => ReadReference(ref reader);

    private DateOnly? ReadDate(ref Utf8JsonReader reader)
    {
        var offset = reader.TokenStartIndex;
        if (reader.TokenType != JsonTokenType.String)
        {
            WrongType(ref reader, "date");
            return null;
        }

        if (!reader.ValueIsEscaped && reader.ValueSpan.Length == 10)
        {
            if (FormatRules.TryParseDate(reader.ValueSpan, out var date))
            {
                return date;
            }
        }
        else if (TryGetString(ref reader, out var text) && FormatRules.TryParseDate(text, out var escapedDate))
        {
            return escapedDate;
        }

        Add(DiagnosticCode.InvalidValue, Messages.InvalidDate(Shorten(GetStringOrEmpty(ref reader))), offset);
        return null;
    }

    private static string GetStringOrEmpty(ref Utf8JsonReader reader) => TryGetString(ref reader, out var value) ? value : string.Empty;

    private T? ReadEnum<T>(ref Utf8JsonReader reader)
        where T : struct, Enum
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            WrongType(ref reader, "string");
            return null;
        }

        if (!reader.ValueIsEscaped && FormatNames.TryParse<T>(reader.ValueSpan, out var value))
        {
            return value;
        }

        var text = GetStringOrEmpty(ref reader);
        if (FormatNames.TryParse(text, out value))
        {
            return value;
        }

        Add(
            DiagnosticCode.InvalidValue,
            Messages.InvalidEnum(Shorten(text), FormatNames.All<T>()),
            reader.TokenStartIndex);
        return null;
    }

    private double? ReadDouble(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            WrongType(ref reader, "number");
            return null;
        }

        if (reader.TryGetDouble(out var value) && double.IsFinite(value))
        {
            return value;
        }

        Add(DiagnosticCode.InvalidValue, Messages.InvalidNumber(), reader.TokenStartIndex);
        return null;
    }

    private bool? ReadBoolean(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is JsonTokenType.True or JsonTokenType.False)
        {
            return reader.GetBoolean();
        }

        WrongType(ref reader, "boolean");
        return null;
    }

    /// <summary>Reads a text; <paramref name="pooled"/> pools a plain value (for texts documents repeat, such as data sources).</summary>
    private Text? ReadText(ref Utf8JsonReader reader, bool pooled = false)
    {
        var offset = reader.TokenStartIndex;
        if (reader.TokenType == JsonTokenType.String)
        {
            var value = ReadString(ref reader, pooled);
            if (value is null)
            {
                return null;
            }

            if (string.IsNullOrWhiteSpace(value))
            {
                Add(DiagnosticCode.InvalidValue, Messages.BlankText(), offset);
                return null;
            }

            if (!pooled || value.Length > StringPool.MaxChars)
            {
                return Text.FromTrusted([new TextEntry(string.Empty, value)]);
            }

            // A text is immutable: a plain value the document repeats is one Text, like its string (and as bounded).
            if (_plainTexts.TryGetValue(value, out var shared))
            {
                return shared;
            }

            var text = Text.FromTrusted([new TextEntry(string.Empty, value)]);
            if (_plainTexts.Count < StringPool.MaxCount)
            {
                _plainTexts.Add(value, text);
            }

            return text;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            WrongType(ref reader, "text");
            return null;
        }

        CheckDepth(ref reader);
        var failures = _failures.Count;
        var entries = default(PooledList<TextEntry>);
        try
        {
            return ReadTextEntries(ref reader, ref entries, failures, offset);
        }
        finally
        {
            entries.Dispose();
        }
    }

    private Text? ReadTextEntries(ref Utf8JsonReader reader, ref PooledList<TextEntry> entries, int failures, long offset)
    {
        HashSet<string>? languages = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameOffset = reader.TokenStartIndex;
            if (!_pool.TryGet(ref reader, out var language) && !TryGetString(ref reader, out language))
            {
                // A name that is not Unicode cannot be part of a pointer: the failure names the text object.
                Add(DiagnosticCode.InvalidValue, Messages.LanguageNotUnicode(), nameOffset);
                reader.Read();
                SkipValue(ref reader);
                continue;
            }

            Push(language);
            reader.Read();
            if (Contains(entries.Span, language, ref languages))
            {
                Add(DiagnosticCode.DuplicateMember, Messages.DuplicateLanguage(language), nameOffset);
                SkipValue(ref reader);
            }
            else if (!FormatRules.IsValidLanguageTag(language))
            {
                Add(DiagnosticCode.InvalidValue, Messages.InvalidLanguage(Shorten(language)), nameOffset);
                SkipValue(ref reader);
            }
            else if (ReadString(ref reader) is { } value)
            {
                entries.Add(new TextEntry(language, value));
            }

            Pop();
        }

        if (_failures.Count > failures)
        {
            return null;
        }

        var problem = Text.Validate(entries.Span, out var repeated);
        if (problem != TextProblem.None)
        {
            // Tags read here are well-formed and distinct as written: what is left is an empty object, only blank
            // values, or the same tag twice in another case (BCP 47 tags ignore case).
            Add(
                DiagnosticCode.InvalidValue,
                problem switch
                {
                    TextProblem.Empty => Messages.EmptyText(),
                    TextProblem.DuplicateLanguage => Messages.DuplicateLanguageIgnoringCase(repeated!),
                    _ => Messages.AllBlankText(),
                },
                offset);
            return null;
        }

        return Text.FromTrusted(entries.ToImmutable());
    }

    /// <summary>
    /// Whether the entries kept so far have <paramref name="language"/> (ordinal): compared one by one in a small
    /// text, looked up in <paramref name="languages"/> in a large one, which holds the languages of all entries kept
    /// (each kept entry's language is new, so the set's count says which entries it has yet to take in).
    /// </summary>
    private static bool Contains(ReadOnlySpan<TextEntry> entries, string language, ref HashSet<string>? languages)
    {
        if (languages is null && entries.Length <= Text.SmallText)
        {
            WorkCounters.ComparedTags(entries.Length);
            foreach (var entry in entries)
            {
                if (entry.Language == language)
                {
                    return true;
                }
            }

            return false;
        }

        languages ??= new HashSet<string>(StringComparer.Ordinal);
        WorkCounters.ComparedTags(1 + entries.Length - languages.Count);
        for (var i = languages.Count; i < entries.Length; i++)
        {
            languages.Add(entries[i].Language);
        }

        return languages.Contains(language);
    }

    private Text? ReadTextItem(ref Utf8JsonReader reader) => ReadText(ref reader);

    private string? ReadNonBlankItem(ref Utf8JsonReader reader) => ReadNonBlank(ref reader);

    private static string Shorten(string value) => value.Length <= 80 ? value : string.Concat(value.AsSpan(0, 77), "...");
}
