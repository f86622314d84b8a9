using System.Globalization;
using System.Text;
using System.Xml;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Interchange;

/// <summary>Conversions between model values and the text of StratML elements.</summary>
internal static class XmlValues
{
    /// <summary>
    /// The text a StratML element holds for <paramref name="value"/>: characters XML cannot carry replaced by U+FFFD,
    /// white space at both ends removed (import trims, since foreign documents indent their text). A value for which
    /// this is not the identity is written with loss, so its exact form travels in the embedded model data.
    /// </summary>
    public static string Render(string value) => Sanitize(value).Trim();

    /// <summary>Whether <see cref="Render"/> keeps <paramref name="value"/> as it is, and it is not empty.</summary>
    public static bool IsLossless(string value) => value.Length > 0 && Render(value) == value;

    /// <summary>Replaces each character that XML 1.0 cannot carry (control characters, lone surrogates, U+FFFE, U+FFFF) by U+FFFD.</summary>
    public static string Sanitize(string value)
    {
        var first = FirstInvalid(value);
        if (first < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        builder.Append(value, 0, first);
        for (var i = first; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
            }
            else
            {
                builder.Append(XmlConvert.IsXmlChar(c) ? c : '\uFFFD');
            }
        }

        return builder.ToString();
    }

    private static int FirstInvalid(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A double as an <c>xsd:decimal</c> (plain digits, no exponent) that parses back to the same double.</summary>
    public static string FormatDecimal(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var e = text.IndexOfAny(['E', 'e']);
        if (e < 0)
        {
            return text;
        }

        var exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = text.AsSpan(0, e);
        var negative = mantissa.StartsWith("-");
        if (negative)
        {
            mantissa = mantissa[1..];
        }

        var point = mantissa.IndexOf('.');
        var digits = point < 0 ? mantissa.ToString() : string.Concat(mantissa[..point], mantissa[(point + 1)..]);
        var integerDigits = (point < 0 ? mantissa.Length : point) + exponent;
        string result;
        if (integerDigits <= 0)
        {
            result = "0." + new string('0', -integerDigits) + digits;
        }
        else if (integerDigits >= digits.Length)
        {
            result = digits + new string('0', integerDigits - digits.Length);
        }
        else
        {
            result = string.Concat(digits.AsSpan(0, integerDigits), ".", digits.AsSpan(integerDigits));
        }

        return negative ? "-" + result : result;
    }

    /// <summary>
    /// A double as the text of an <c>xsd:decimal</c> that validators accept: <see cref="FormatDecimal"/> when it fits
    /// <see cref="decimal"/> (System.Xml.Schema, like many validators, rejects larger values), else <see langword="null"/>.
    /// </summary>
    public static string? ValidDecimal(double value)
    {
        var text = FormatDecimal(value);
        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _) ? text : null;
    }

    /// <summary>Parses an <c>xsd:decimal</c> (<c>[+-]?(d+(.d*)?|.d+)</c>) into a finite double.</summary>
    public static bool TryParseDecimal(string text, out double value)
    {
        value = 0;
        var span = text.AsSpan().Trim();
        var body = span.Length > 0 && span[0] is '+' or '-' ? span[1..] : span;
        var point = body.IndexOf('.');
        var whole = point < 0 ? body : body[..point];
        var fraction = point < 0 ? [] : body[(point + 1)..];
        if (whole.Length + fraction.Length == 0 || whole.ContainsAnyExceptInRange('0', '9') || fraction.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        return double.TryParse(span, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    /// <summary>Parses an <c>xsd:date</c>: <c>YYYY-MM-DD</c>, optionally followed by a time zone, which the model does not keep.</summary>
    public static bool TryParseDate(string text, out DateOnly date, out bool hadTimeZone)
    {
        var span = text.AsSpan().Trim();
        hadTimeZone = false;
        if (FormatRules.TryParseDate(span, out date))
        {
            return true;
        }

        if (span.Length > 10 && FormatRules.TryParseDate(span[..10], out date) && IsTimeZone(span[10..]))
        {
            hadTimeZone = true;
            return true;
        }

        return false;
    }

    private static bool IsTimeZone(ReadOnlySpan<char> zone) =>
        zone is "Z"
        || (zone.Length == 6 && zone[0] is '+' or '-' && zone[3] == ':'
            && char.IsAsciiDigit(zone[1]) && char.IsAsciiDigit(zone[2]) && char.IsAsciiDigit(zone[4]) && char.IsAsciiDigit(zone[5]));
}
