using System.Text.Json;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks;

/// <summary>Reads a settings file strictly, naming every problem with its JSON Pointer, line and column.</summary>
internal static class SettingsReader
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false, MaxDepth = 16 };

    /// <summary>The example the message for a root that is not an object shows.</summary>
    private const string Example = "{\"extends\": \"toolkit\", \"rules\": {}}";

    public static OneOf.OneOf<RuleSettings, DiagnosticList> Read(ReadOnlySpan<byte> json, HashSet<string> knownRuleIds)
    {
        var messages = SettingsMessages.English;
        if (json.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            json = json[3..];
        }

        var locator = new Locator();
        if (SyntaxError(json, messages, ref locator) is { } syntax)
        {
            return new DiagnosticList(syntax);
        }

        var errors = new List<Diagnostic>();
        var settings = RuleSettings.Default;
        var reader = new Utf8JsonReader(json, Options);
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            errors.Add(Error(DiagnosticCode.WrongType, messages.NotObject(Example), string.Empty, json, reader.TokenStartIndex, ref locator));
            return new DiagnosticList(errors);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameStart = reader.TokenStartIndex;
            if (!TryGetString(ref reader, out var name))
            {
                errors.Add(Error(DiagnosticCode.InvalidValue, messages.NameNotUnicode(), string.Empty, json, nameStart, ref locator));
                reader.Read();
                reader.Skip();
                continue;
            }

            var pointer = "/" + Escape(name);
            reader.Read();
            if (!seen.Add(name))
            {
                errors.Add(Error(DiagnosticCode.DuplicateMember, messages.DuplicateMember(name), pointer, json, nameStart, ref locator));
                reader.Skip();
                continue;
            }

            switch (name)
            {
                case "$schema":
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        errors.Add(Error(DiagnosticCode.WrongType, messages.SchemaType(), pointer, json, reader.TokenStartIndex, ref locator));
                    }

                    reader.Skip();
                    break;

                case "extends":
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        errors.Add(Error(DiagnosticCode.WrongType, messages.ExtendsType(RuleSettings.ToolkitRuleSet), pointer, json, reader.TokenStartIndex, ref locator));
                        reader.Skip();
                    }
                    else if (!TryGetString(ref reader, out var extends))
                    {
                        errors.Add(Error(DiagnosticCode.InvalidValue, messages.ValueNotUnicode(), pointer, json, reader.TokenStartIndex, ref locator));
                    }
                    else if (extends != RuleSettings.ToolkitRuleSet)
                    {
                        errors.Add(Error(DiagnosticCode.UnknownRuleSet, messages.UnknownRuleSet(extends, RuleSettings.ToolkitRuleSet), pointer, json, reader.TokenStartIndex, ref locator));
                    }

                    break;

                case "stage":
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        errors.Add(Error(DiagnosticCode.WrongType, messages.StageType(), pointer, json, reader.TokenStartIndex, ref locator));
                        reader.Skip();
                    }
                    else if (!TryGetString(ref reader, out var stageName))
                    {
                        errors.Add(Error(DiagnosticCode.InvalidValue, messages.ValueNotUnicode(), pointer, json, reader.TokenStartIndex, ref locator));
                    }
                    else if (FormatNames.TryParse<StrategyStage>(stageName, out var stage))
                    {
                        settings = settings with { Stage = stage };
                    }
                    else
                    {
                        errors.Add(Error(DiagnosticCode.UnknownStage, messages.UnknownStage(stageName, FormatNames.All<StrategyStage>()), pointer, json, reader.TokenStartIndex, ref locator));
                    }

                    break;

                case "rules":
                    settings = ReadRules(ref reader, json, settings, knownRuleIds, errors, messages, ref locator);
                    break;

                default:
                    errors.Add(Error(DiagnosticCode.UnknownMember, messages.UnknownMember(name), pointer, json, nameStart, ref locator));
                    reader.Skip();
                    break;
            }
        }

        return errors.Count == 0 ? settings : new DiagnosticList(errors);
    }

    private static RuleSettings ReadRules(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, RuleSettings settings, HashSet<string> knownRuleIds, List<Diagnostic> errors, SettingsMessages messages, ref Locator locator)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            errors.Add(Error(DiagnosticCode.WrongType, messages.RulesType(), "/rules", json, reader.TokenStartIndex, ref locator));
            reader.Skip();
            return settings;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var idStart = reader.TokenStartIndex;
            if (!TryGetString(ref reader, out var id))
            {
                errors.Add(Error(DiagnosticCode.InvalidValue, messages.NameNotUnicode(), "/rules", json, idStart, ref locator));
                reader.Read();
                reader.Skip();
                continue;
            }

            var pointer = "/rules/" + Escape(id);
            reader.Read();
            var known = knownRuleIds.Contains(id);
            if (!known)
            {
                errors.Add(Error(
                    DiagnosticCode.UnknownRule,
                    messages.UnknownRule(id, RuleSettings.ToolkitRuleSet, RuleSet.ToolkitRules[0].Id, RuleSet.ToolkitRules[^1].Id),
                    pointer,
                    json,
                    idStart,
                    ref locator));
            }
            else if (!seen.Add(id))
            {
                errors.Add(Error(DiagnosticCode.DuplicateMember, messages.DuplicateRule(id), pointer, json, idStart, ref locator));
                known = false;
            }

            if (reader.TokenType != JsonTokenType.String)
            {
                errors.Add(Error(DiagnosticCode.WrongType, messages.LevelType(id), pointer, json, reader.TokenStartIndex, ref locator));
                reader.Skip();
                continue;
            }

            if (!TryGetString(ref reader, out var value))
            {
                errors.Add(Error(DiagnosticCode.InvalidValue, messages.ValueNotUnicode(), pointer, json, reader.TokenStartIndex, ref locator));
            }
            else if (!FormatNames.TryParse<RuleLevel>(value, out var level))
            {
                errors.Add(Error(DiagnosticCode.UnknownSeverity, messages.UnknownSeverity(value, id), pointer, json, reader.TokenStartIndex, ref locator));
            }
            else if (known)
            {
                settings = settings.With(id, level);
            }
        }

        return settings;
    }

    private static Diagnostic? SyntaxError(ReadOnlySpan<byte> json, SettingsMessages messages, ref Locator locator)
    {
        var reader = new Utf8JsonReader(json, Options);
        try
        {
            while (reader.Read())
            {
            }

            return null;
        }
        catch (JsonException e)
        {
            // The reader reports 0-based lines and byte positions; turn them into 1-based lines and character columns.
            var offset = OffsetOf(json, e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            var (line, column) = locator.Locate(json, offset);
            return new Diagnostic(DiagnosticCode.Syntax, messages.Syntax(FirstSentence(e.Message)), string.Empty, line, column);
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut < 0 ? message : message[..cut]).Trim();
    }

    private static long OffsetOf(ReadOnlySpan<byte> json, long line, long bytePositionInLine)
    {
        long offset = 0;
        for (var i = 0; i < line && offset < json.Length; i++)
        {
            var next = json[(int)offset..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            offset += next + 1;
        }

        return Math.Min(offset + bytePositionInLine, json.Length);
    }

    private static Diagnostic Error(DiagnosticCode code, string message, string pointer, ReadOnlySpan<byte> json, long offset, ref Locator locator)
    {
        var (line, column) = locator.Locate(json, offset);
        return new Diagnostic(code, message, pointer, line, column);
    }

    /// <summary>Reads a string or name; <see langword="false"/> for invalid UTF-8 or an escaped lone surrogate, which <see cref="Utf8JsonReader.GetString"/> throws for.</summary>
    private static bool TryGetString(ref Utf8JsonReader reader, out string value)
    {
        try
        {
            value = reader.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            value = string.Empty;
            return false;
        }
    }

    private static string Escape(string name) =>
        name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>Maps byte offsets to 1-based lines and character columns, moving forward only, so a whole file costs one pass.</summary>
    private struct Locator
    {
        private long _offset;
        private int _line;
        private int _column;

        public (int Line, int Column) Locate(ReadOnlySpan<byte> json, long offset)
        {
            if (offset < _offset || _line == 0)
            {
                _offset = 0;
                _line = 1;
                _column = 1;
            }

            for (; _offset < offset && _offset < json.Length; _offset++)
            {
                var b = json[(int)_offset];
                if (b == (byte)'\n')
                {
                    _line++;
                    _column = 1;
                }
                else if ((b & 0xC0) != 0x80)
                {
                    // Count characters, not bytes: continuation bytes of a UTF-8 sequence add nothing.
                    _column++;
                }
            }

            return (_line, _column);
        }
    }
}
