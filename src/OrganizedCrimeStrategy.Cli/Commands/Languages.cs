using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Cli.Commands;

/// <summary>The <c>--lang</c> option: a tag with no table is said on standard error, and the command goes on in English.</summary>
internal static class Languages
{
    /// <summary>The language the library falls back to.</summary>
    public const string English = "en";

    /// <summary>
    /// The tag to pass to the library. A well-formed tag is passed as given (the library falls back to shorter tags,
    /// then English; a report also picks the document's own texts by it); when no table exists for it or a shorter
    /// tag (<c>ru-RU</c> finds <c>ru</c>), a warning names the languages available. A malformed tag gives English.
    /// </summary>
    /// <param name="tag">The value of <c>--lang</c>.</param>
    /// <param name="available">The languages with a table.</param>
    /// <param name="forReport">Whether the tag also chooses the document's texts (the report), which the warning then says.</param>
    /// <param name="console">Where the warning goes.</param>
    public static string Choose(string tag, IReadOnlyList<string> available, bool forReport, CliConsole console)
    {
        if (!FormatRules.IsValidLanguageTag(tag))
        {
            console.Error.WriteLine(CliMessages.MalformedLanguage(tag, available));
            return English;
        }

        for (var prefix = tag; prefix.Length > 0; prefix = prefix.LastIndexOf('-') is var dash and > 0 ? prefix[..dash] : string.Empty)
        {
            if (available.Contains(prefix, StringComparer.OrdinalIgnoreCase))
            {
                return tag;
            }
        }

        console.Error.WriteLine(forReport ? CliMessages.UnknownReportLanguage(tag, available) : CliMessages.UnknownLanguage(tag, available));
        return tag;
    }
}
