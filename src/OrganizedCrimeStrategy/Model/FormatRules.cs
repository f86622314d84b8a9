using System.Globalization;

namespace OrganizedCrimeStrategy.Model;

/// <summary>
/// The value rules of format 1.0 (FORMAT.md, "Primitives"), in one place: the model's guard clauses
/// and the JSON reader both ask here, so a value the reader accepts is a value the model can hold.
/// </summary>
public static class FormatRules
{
    /// <summary>The longest identifier the format allows.</summary>
    public const int MaxIdLength = 64;

    /// <summary>
    /// Whether <paramref name="value"/> is a valid Id: <c>^[A-Za-z][A-Za-z0-9._-]{0,63}$</c>.
    /// </summary>
    /// <param name="value">The candidate identifier.</param>
    /// <returns><see langword="true"/> when the value matches the pattern.</returns>
    public static bool IsValidId(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxIdLength || !char.IsAsciiLetter(value[0]))
        {
            return false;
        }

        foreach (var c in value.AsSpan(1))
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="value"/> is three upper-case ASCII letters (ISO 3166-1 alpha-3).</summary>
    /// <param name="value">The candidate country code.</param>
    /// <returns><see langword="true"/> when the value has the shape of an alpha-3 code.</returns>
    public static bool IsValidCountry(string? value) => IsThreeUpperLetters(value);

    /// <summary>Whether <paramref name="value"/> is three upper-case ASCII letters (ISO 4217).</summary>
    /// <param name="value">The candidate currency code.</param>
    /// <returns><see langword="true"/> when the value has the shape of a currency code.</returns>
    public static bool IsValidCurrency(string? value) => IsThreeUpperLetters(value);

    /// <summary>
    /// Whether <paramref name="value"/> has the shape of a BCP 47 language tag: subtags of 1 to 8 ASCII
    /// letters or digits separated by hyphens, the first of 2 to 8 letters (<c>en</c>, <c>uz-Latn</c>, <c>ru-RU</c>).
    /// </summary>
    /// <param name="value">The candidate language tag.</param>
    /// <returns><see langword="true"/> when the value is a well-formed tag.</returns>
    public static bool IsValidLanguageTag(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var first = true;
        foreach (var range in value.AsSpan().Split('-'))
        {
            var part = value.AsSpan(range);
            if (part.Length is 0 or > 8)
            {
                return false;
            }

            foreach (var c in part)
            {
                if (first ? !char.IsAsciiLetter(c) : !char.IsAsciiLetterOrDigit(c))
                {
                    return false;
                }
            }

            if (first && part.Length < 2)
            {
                return false;
            }

            first = false;
        }

        return true;
    }

    /// <summary>Whether <paramref name="value"/> looks like an SDG indicator number such as <c>16.4.1</c>.</summary>
    /// <param name="value">The candidate SDG reference.</param>
    /// <returns><see langword="true"/> for one or more dot-separated groups of digits or lower-case letters.</returns>
    public static bool IsValidSdg(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 16)
        {
            return false;
        }

        foreach (var range in value.AsSpan().Split('.'))
        {
            var part = value.AsSpan(range);
            if (part.IsEmpty)
            {
                return false;
            }

            foreach (var c in part)
            {
                if (!char.IsAsciiDigit(c) && !char.IsAsciiLetterLower(c))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Parses a <c>YYYY-MM-DD</c> date exactly.</summary>
    /// <param name="value">The text of the date.</param>
    /// <param name="date">The date, when the text is valid.</param>
    /// <returns><see langword="true"/> when the text is a valid calendar date in that form.</returns>
    public static bool TryParseDate(ReadOnlySpan<char> value, out DateOnly date)
    {
        // Hand-written: DateOnly.TryParseExact is general and was a tenth of the reader's time.
        date = default;
        if (value.Length != 10 || value[4] != '-' || value[7] != '-')
        {
            return false;
        }

        var year = Digits(value[..4]);
        var month = Digits(value.Slice(5, 2));
        var day = Digits(value.Slice(8, 2));
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>Parses a <c>YYYY-MM-DD</c> date given as UTF-8 bytes.</summary>
    /// <param name="utf8">The text of the date.</param>
    /// <param name="date">The date, when the text is valid.</param>
    /// <returns><see langword="true"/> when the text is a valid calendar date in that form.</returns>
    internal static bool TryParseDate(ReadOnlySpan<byte> utf8, out DateOnly date)
    {
        Span<char> chars = stackalloc char[10];
        date = default;
        if (utf8.Length != 10)
        {
            return false;
        }

        for (var i = 0; i < 10; i++)
        {
            chars[i] = (char)utf8[i];
        }

        return TryParseDate(chars, out date);
    }

    /// <summary>Whether the strings are pairwise different (ordinal), without allocating for short lists such as scales.</summary>
    internal static bool AreDistinct(ReadOnlySpan<string> values)
    {
        if (values.Length > 16)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var value in values)
            {
                if (!seen.Add(value))
                {
                    return false;
                }
            }

            return true;
        }

        for (var i = 1; i < values.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(values[i], values[j], StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static int Digits(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return -1;
            }

            value = (value * 10) + (c - '0');
        }

        return value;
    }

    /// <summary>Formats a date as <c>YYYY-MM-DD</c>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The ISO 8601 calendar date.</returns>
    public static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Whether a schema version string is one that format 1.x readers accept (<c>1</c> or <c>1.N</c>...).</summary>
    /// <param name="version">The value of <c>schemaVersion</c>.</param>
    /// <returns><see langword="true"/> when the major version is 1.</returns>
    public static bool IsSupportedVersion(string? version) => IsValidVersion(version) && MajorVersion(version) == "1";

    /// <summary>Whether a version string has the shape <c>N</c> or <c>N.N...</c> (digits separated by dots).</summary>
    /// <param name="version">The value of <c>schemaVersion</c>.</param>
    /// <returns><see langword="true"/> when well-formed.</returns>
    public static bool IsValidVersion(string? version)
    {
        if (string.IsNullOrEmpty(version) || version.Length > 32)
        {
            return false;
        }

        foreach (var range in version.AsSpan().Split('.'))
        {
            var part = version.AsSpan(range);
            if (part.IsEmpty || part.ContainsAnyExceptInRange('0', '9'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The major part of a version string (the text before the first dot).</summary>
    /// <param name="version">A version such as <c>1.0</c>.</param>
    /// <returns>The major part, or the whole string when it has no dot.</returns>
    public static string MajorVersion(string? version)
    {
        if (string.IsNullOrEmpty(version))
        {
            return string.Empty;
        }

        var dot = version.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? version : version[..dot];
    }

    private static bool IsThreeUpperLetters(string? value) =>
        value is { Length: 3 } && char.IsAsciiLetterUpper(value[0]) && char.IsAsciiLetterUpper(value[1]) && char.IsAsciiLetterUpper(value[2]);
}
