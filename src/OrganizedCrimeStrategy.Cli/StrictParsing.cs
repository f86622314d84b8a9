using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;

namespace OrganizedCrimeStrategy.Cli;

/// <summary>
/// What the parser let through but the tool must not guess about: a word that looks like an option but is none
/// (System.CommandLine would take <c>--formt</c> as a file name when the command takes files), an argument too many,
/// an unknown command. Each is named, with the nearest valid option or command where one is near.
/// </summary>
internal static class StrictParsing
{
    /// <summary>One sentence per word the command does not accept; empty when all are accepted.</summary>
    public static List<string> Problems(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var problems = new List<string>();
        var doubleDash = IndexOf(parse.Tokens, t => t.Type == TokenType.DoubleDash);

        // Arguments that look like options ('-' alone is standard input; after '--' everything is an argument).
        foreach (var argument in parse.CommandResult.Children.OfType<ArgumentResult>())
        {
            foreach (var token in argument.Tokens)
            {
                if (LooksLikeOption(token.Value) && IndexOf(parse.Tokens, t => ReferenceEquals(t, token)) is var at && (doubleDash < 0 || at < doubleDash))
                {
                    problems.Add(UnknownOption(token.Value, parse));
                }
            }
        }

        foreach (var token in parse.UnmatchedTokens)
        {
            var beforeDoubleDash = doubleDash < 0 || IndexOf(parse.Tokens, t => t.Value == token) < doubleDash;
            if (LooksLikeOption(token) && beforeDoubleDash)
            {
                problems.Add(UnknownOption(token, parse));
            }
            else if (command is RootCommand)
            {
                problems.Add(CliMessages.UnknownCommand(token, Nearest(token, command.Subcommands.Select(c => c.Name)), command.Subcommands.Select(c => c.Name)));
                break;
            }
            else
            {
                problems.Add(CliMessages.ExtraArgument(token, Usage.Name(command), [.. command.Arguments.Select(Usage.ArgumentLabel)]));
            }
        }

        return problems;
    }

    /// <summary>
    /// Long option names written with one dash (<c>-format</c>), which the parser would read as a short option and its
    /// value (<c>-f ormat</c>); found before parsing, for the command named first.
    /// </summary>
    public static List<string> SingleDashLongNames(RootCommand root, IReadOnlyList<string> args)
    {
        var problems = new List<string>();
        var command = args.Count > 0 ? root.Subcommands.FirstOrDefault(c => c.Name == args[0]) : null;
        if (command is null)
        {
            return problems;
        }

        foreach (var word in args.Skip(1).TakeWhile(a => a != "--"))
        {
            if (word.Length > 2 && word[0] == '-' && word[1] != '-' && command.Options.FirstOrDefault(o => o.Name == "-" + word) is { } option)
            {
                problems.Add(CliMessages.UnknownOption(word, option.Name, Usage.Name(command), []));
            }
        }

        return problems;
    }

    /// <summary>Whether a word has the shape of an option: <c>-x</c>, <c>--xyz</c>; not <c>-</c> (standard input) nor <c>--</c>.</summary>
    public static bool LooksLikeOption(string word) => word.Length > 1 && word[0] == '-' && word != "--";

    /// <summary>
    /// The candidate nearest to <paramref name="word"/> by edit distance (insertions, deletions, substitutions and
    /// transpositions, ignoring case and leading dashes), or the only candidate it begins; <see langword="null"/> when
    /// none is near enough to be what was meant.
    /// </summary>
    public static string? Nearest(string word, IEnumerable<string> candidates)
    {
        var typed = word.TrimStart('-').ToLowerInvariant();
        var allowed = typed.Length switch { <= 2 => 0, <= 5 => 1, _ => 2 };
        string? best = null;
        var bestDistance = int.MaxValue;
        var prefixed = new List<string>();
        foreach (var candidate in candidates)
        {
            var name = candidate.TrimStart('-').ToLowerInvariant();
            var distance = Distance(typed, name);
            if (distance < bestDistance || (distance == bestDistance && best is not null && candidate.Length > best.Length))
            {
                best = candidate;
                bestDistance = distance;
            }

            if (typed.Length >= 2 && name.Length > typed.Length && name.StartsWith(typed, StringComparison.Ordinal))
            {
                prefixed.Add(candidate);
            }
        }

        return bestDistance <= allowed ? best : prefixed.Count == 1 ? prefixed[0] : null;
    }

    /// <summary>The optimal string alignment distance between two words.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    private static string UnknownOption(string token, ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var name = Usage.Name(command);
        var root = parse.RootCommandResult.Command;
        if (command is not RootCommand && root.Options.Any(o => o is VersionOption && (o.Name == token || o.Aliases.Contains(token))))
        {
            return CliMessages.OptionOfOcsItself(token, name);
        }

        var options = command.Options.Where(o => o is not HelpOption).Select(o => o.Name).ToList();
        if (command is RootCommand)
        {
            options = ["--version"];
        }

        options.Add("--help");
        var aliases = command.Options.Where(o => o is not HelpOption).SelectMany(o => o.Aliases.Prepend(o.Name)).Concat(options).Distinct(StringComparer.Ordinal);
        var nearest = Nearest(token, aliases);

        // A short alias that is near names its option by its long name ('-F' → '--format').
        var suggestion = nearest is null ? null : command.Options.FirstOrDefault(o => o.Aliases.Contains(nearest))?.Name ?? nearest;
        return CliMessages.UnknownOption(token, suggestion, name, options);
    }

    private static int IndexOf(IReadOnlyList<Token> tokens, Func<Token, bool> match)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (match(tokens[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
