using System.Text.Json;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks;

/// <summary>Reads a settings file strictly, naming every problem with its JSON Pointer, line and column.</summary>
internal static class SettingsReader
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false, MaxDepth = 16 };

    public static OneOf.OneOf<RuleSettings, EquatableArray<SettingsError>> Read(ReadOnlySpan<byte> json, HashSet<string> knownRuleIds)
    {
        if (json.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            json = json[3..];
        }

        var locator = new Locator();
        if (SyntaxError(json, ref locator) is { } syntax)
        {
            return new EquatableArray<SettingsError>([syntax]);
        }

        var errors = new List<SettingsError>();
        var settings = RuleSettings.Default;
        var reader = new Utf8JsonReader(json, Options);
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            errors.Add(Error(SettingsErrorCode.WrongType, "The settings must be a JSON object such as {\"extends\": \"toolkit\", \"rules\": {}}.", string.Empty, json, reader.TokenStartIndex, ref locator));
            return errors.ToEquatableArray();
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            var pointer = "/" + Escape(name);
            var nameStart = reader.TokenStartIndex;
            reader.Read();
            if (!seen.Add(name))
            {
                errors.Add(Error(SettingsErrorCode.DuplicateMember, $"The member '{name}' is given twice.", pointer, json, nameStart, ref locator));
                reader.Skip();
                continue;
            }

            switch (name)
            {
                case "$schema":
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        errors.Add(Error(SettingsErrorCode.WrongType, "'$schema' must be a string.", pointer, json, reader.TokenStartIndex, ref locator));
                    }

                    reader.Skip();
                    break;

                case "extends":
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        errors.Add(Error(SettingsErrorCode.WrongType, $"'extends' must be the string \"{RuleSettings.ToolkitRuleSet}\".", pointer, json, reader.TokenStartIndex, ref locator));
                        reader.Skip();
                    }
                    else if (reader.GetString() is var extends && extends != RuleSettings.ToolkitRuleSet)
                    {
                        errors.Add(Error(SettingsErrorCode.UnknownRuleSet, $"Unknown ruleset '{extends}'; the only ruleset is '{RuleSettings.ToolkitRuleSet}'.", pointer, json, reader.TokenStartIndex, ref locator));
                    }

                    break;

                case "stage":
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        errors.Add(Error(SettingsErrorCode.WrongType, "'stage' must be a string such as \"drafting\".", pointer, json, reader.TokenStartIndex, ref locator));
                        reader.Skip();
                    }
                    else if (FormatNames.TryParse<StrategyStage>(reader.GetString()!, out var stage))
                    {
                        settings = settings with { Stage = stage };
                    }
                    else
                    {
                        errors.Add(Error(
                            SettingsErrorCode.UnknownStage,
                            $"Unknown stage '{reader.GetString()}'; the stages are {string.Join(", ", FormatNames.All<StrategyStage>())}.",
                            pointer,
                            json,
                            reader.TokenStartIndex,
                            ref locator));
                    }

                    break;

                case "rules":
                    settings = ReadRules(ref reader, json, settings, knownRuleIds, errors, ref locator);
                    break;

                default:
                    errors.Add(Error(SettingsErrorCode.UnknownMember, $"Unknown member '{name}'; a settings file has '$schema', 'extends', 'stage' and 'rules'.", pointer, json, nameStart, ref locator));
                    reader.Skip();
                    break;
            }
        }

        return errors.Count == 0 ? settings : errors.ToEquatableArray();
    }

    private static RuleSettings ReadRules(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, RuleSettings settings, HashSet<string> knownRuleIds, List<SettingsError> errors, ref Locator locator)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            errors.Add(Error(SettingsErrorCode.WrongType, "'rules' must be an object from rule id to \"off\", \"error\", \"warning\" or \"info\".", "/rules", json, reader.TokenStartIndex, ref locator));
            reader.Skip();
            return settings;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var id = reader.GetString()!;
            var pointer = "/rules/" + Escape(id);
            var idStart = reader.TokenStartIndex;
            reader.Read();
            var known = knownRuleIds.Contains(id);
            if (!known)
            {
                errors.Add(Error(SettingsErrorCode.UnknownRule, $"Unknown rule id '{id}'; the ruleset '{RuleSettings.ToolkitRuleSet}' has OCS101 to OCS703 (see RULES.md).", pointer, json, idStart, ref locator));
            }
            else if (!seen.Add(id))
            {
                errors.Add(Error(SettingsErrorCode.DuplicateMember, $"The rule '{id}' is set twice.", pointer, json, idStart, ref locator));
                known = false;
            }

            if (reader.TokenType != JsonTokenType.String)
            {
                errors.Add(Error(SettingsErrorCode.WrongType, $"The setting of '{id}' must be one of \"off\", \"error\", \"warning\", \"info\".", pointer, json, reader.TokenStartIndex, ref locator));
                reader.Skip();
                continue;
            }

            var value = reader.GetString()!;
            if (!FormatNames.TryParse<RuleLevel>(value, out var level))
            {
                errors.Add(Error(SettingsErrorCode.UnknownSeverity, $"Unknown severity '{value}' for '{id}'; use \"off\", \"error\", \"warning\" or \"info\".", pointer, json, reader.TokenStartIndex, ref locator));
            }
            else if (known)
            {
                settings = settings.With(id, level);
            }
        }

        return settings;
    }

    private static SettingsError? SyntaxError(ReadOnlySpan<byte> json, ref Locator locator)
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
            return new SettingsError(SettingsErrorCode.Syntax, $"The settings file is not valid JSON: {FirstSentence(e.Message)}", string.Empty, line, column);
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

    private static SettingsError Error(SettingsErrorCode code, string message, string pointer, ReadOnlySpan<byte> json, long offset, ref Locator locator)
    {
        var (line, column) = locator.Locate(json, offset);
        return new SettingsError(code, message, pointer, line, column);
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
