using OrganizedCrimeStrategy.IO;
using Ardalis.GuardClauses;
using OneOf;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks;

/// <summary>What a user sets for one rule: off, or a severity in place of its default.</summary>
public enum RuleLevel
{
    /// <summary>The rule does not run.</summary>
    Off,

    /// <summary>The rule runs with severity info.</summary>
    Info,

    /// <summary>The rule runs with severity warning.</summary>
    Warning,

    /// <summary>The rule runs with severity error.</summary>
    Error,
}

/// <summary>The setting of one rule.</summary>
/// <param name="RuleId">The rule's id, such as <c>OCS205</c>.</param>
/// <param name="Level">Off, or the severity it runs with.</param>
public sealed record RuleConfiguration(string RuleId, RuleLevel Level)
{
    /// <summary>The rule's id.</summary>
    public string RuleId { get; init; } = Guard.Against.NullOrWhiteSpace(RuleId);

    /// <summary>Off, or the severity it runs with.</summary>
    public RuleLevel Level { get; init; } = Guard.Against.Undefined(Level);
}

/// <summary>
/// How a ruleset is configured, the way linters are: which ruleset it extends, the stage to check against, and
/// per rule off or another severity. The JSON form is
/// <c>{"extends": "toolkit", "stage": "consultation", "rules": {"OCS205": "off", "OCS304": "error"}}</c>.
/// </summary>
/// <remarks>Immutable; change it with <see cref="With(string, RuleLevel)"/> or a <c>with</c> expression.</remarks>
public sealed record RuleSettings
{
    /// <summary>The name of the built-in ruleset.</summary>
    public const string ToolkitRuleSet = "toolkit";

    /// <summary>No changes: every rule of <c>toolkit</c> at its default severity, the document's own stage.</summary>
    public static RuleSettings Default { get; } = new();

    /// <summary>The ruleset extended; only <c>toolkit</c> exists.</summary>
    public string Extends
    {
        get;
        init => field = value == ToolkitRuleSet
            ? value
            : throw new ArgumentException($"Unknown ruleset '{value}'; the only ruleset is '{ToolkitRuleSet}'.", nameof(Extends));
    } = ToolkitRuleSet;

    /// <summary>The stage to check against, or <see langword="null"/> for the document's own.</summary>
    public StrategyStage? Stage { get; init => field = value is { } s ? Guard.Against.Undefined(s) : null; }

    /// <summary>The rules' settings, at most one per rule id.</summary>
    public EquatableArray<RuleConfiguration> Rules
    {
        get;
        init
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var rule in value)
            {
                Guard.Against.Null(rule, nameof(Rules));
                if (!ids.Add(rule.RuleId))
                {
                    throw new ArgumentException($"The rule '{rule.RuleId}' is set twice.", nameof(Rules));
                }
            }

            field = value;
        }
    }

    /// <summary>A copy with the rule <paramref name="ruleId"/> set to <paramref name="level"/> (replacing an earlier setting).</summary>
    /// <param name="ruleId">The rule's id.</param>
    /// <param name="level">Off, or a severity.</param>
    /// <returns>The new settings.</returns>
    public RuleSettings With(string ruleId, RuleLevel level)
    {
        var configuration = new RuleConfiguration(ruleId, level);
        for (var i = 0; i < Rules.Count; i++)
        {
            if (Rules[i].RuleId == ruleId)
            {
                return this with { Rules = Rules.SetItem(i, configuration) };
            }
        }

        return this with { Rules = Rules.Add(configuration) };
    }

    /// <summary>A copy with the rule <paramref name="ruleId"/> switched off.</summary>
    /// <param name="ruleId">The rule's id.</param>
    /// <returns>The new settings.</returns>
    public RuleSettings Off(string ruleId) => With(ruleId, RuleLevel.Off);

    /// <summary>A copy with the rule <paramref name="ruleId"/> running at <paramref name="severity"/>.</summary>
    /// <param name="ruleId">The rule's id.</param>
    /// <param name="severity">The severity.</param>
    /// <returns>The new settings.</returns>
    public RuleSettings WithSeverity(string ruleId, Severity severity) => With(ruleId, severity switch
    {
        Severity.Error => RuleLevel.Error,
        Severity.Warning => RuleLevel.Warning,
        Severity.Info => RuleLevel.Info,
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Not a defined severity."),
    });

    /// <summary>The setting of one rule.</summary>
    /// <param name="ruleId">The rule's id.</param>
    /// <returns>The setting, or <see langword="null"/> when the rule keeps its defaults.</returns>
    public RuleLevel? LevelOf(string ruleId)
    {
        foreach (var rule in Rules)
        {
            if (rule.RuleId == ruleId)
            {
                return rule.Level;
            }
        }

        return null;
    }

    /// <summary>Reads settings from JSON text.</summary>
    /// <param name="json">The settings file's text.</param>
    /// <param name="customRules">Users' own rules whose ids the file may name, besides the <c>toolkit</c> ones.</param>
    /// <returns>The settings, or every problem found, each with its JSON Pointer and line and column.</returns>
    public static OneOf<RuleSettings, DiagnosticList> Parse(string json, IEnumerable<Rule>? customRules = null)
    {
        Guard.Against.Null(json);
        return Parse(System.Text.Encoding.UTF8.GetBytes(json), customRules);
    }

    /// <summary>Reads settings from UTF-8 JSON (a byte order mark is skipped).</summary>
    /// <param name="utf8Json">The settings file's bytes.</param>
    /// <param name="customRules">Users' own rules whose ids the file may name, besides the <c>toolkit</c> ones.</param>
    /// <returns>The settings, or every problem found.</returns>
    public static OneOf<RuleSettings, DiagnosticList> Parse(ReadOnlySpan<byte> utf8Json, IEnumerable<Rule>? customRules = null) =>
        SettingsReader.Read(utf8Json, KnownIds(customRules));

    /// <summary>Reads settings from a file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="customRules">Users' own rules whose ids the file may name, besides the <c>toolkit</c> ones.</param>
    /// <returns>The settings, or every problem found (a file that cannot be read is <c>io</c>, one larger than <see cref="MaxFileBytes"/> is <c>tooLarge</c>).</returns>
    public static OneOf<RuleSettings, DiagnosticList> Load(string path, IEnumerable<Rule>? customRules = null)
    {
        Guard.Against.NullOrWhiteSpace(path);
        byte[] bytes;
        try
        {
            // A settings file is a few lines; anything beyond 1 MiB is not one, and is not read into memory.
            if (new FileInfo(path).Exists && new FileInfo(path).Length > MaxFileBytes)
            {
                return new DiagnosticList(new Diagnostic(DiagnosticCode.TooLarge, SettingsMessages.English.TooLarge(path, MaxFileBytes), string.Empty));
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (FileErrors.IsFileError(e))
        {
            return new DiagnosticList(new Diagnostic(DiagnosticCode.Io, FileErrors.CannotRead(path, e, null), string.Empty));
        }

        return Parse(bytes, customRules);
    }

    /// <summary>The largest settings file <see cref="Load"/> reads: 1 MiB.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    private static HashSet<string> KnownIds(IEnumerable<Rule>? customRules)
    {
        var ids = new HashSet<string>(RuleSet.ToolkitRules.Select(r => r.Id), StringComparer.Ordinal);
        foreach (var rule in customRules ?? [])
        {
            ids.Add(Guard.Against.Null(rule).Descriptor.Id);
        }

        return ids;
    }
}
