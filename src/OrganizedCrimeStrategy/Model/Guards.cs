using System.Runtime.CompilerServices;
using OrganizedCrimeStrategy.Model;

// Custom guards live in the library's namespace, as Ardalis.GuardClauses recommends.
#pragma warning disable IDE0130
namespace Ardalis.GuardClauses;
#pragma warning restore IDE0130

/// <summary>Guard clauses for the rules of the strategy format.</summary>
internal static class FormatGuards
{
    public static string InvalidId(this IGuardClause guard, string? value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        _ = guard;
        if (!FormatRules.IsValidId(value))
        {
            throw new ArgumentException(
                $"'{value}' is not a valid id: it must start with a letter and hold at most 64 letters, digits, '.', '_' or '-'.",
                parameterName);
        }

        return value!;
    }

    public static string? InvalidOptionalId(this IGuardClause guard, string? value, [CallerArgumentExpression(nameof(value))] string? parameterName = null) =>
        value is null ? null : guard.InvalidId(value, parameterName);

    public static EquatableArray<string> InvalidIds(this IGuardClause guard, EquatableArray<string> values, [CallerArgumentExpression(nameof(values))] string? parameterName = null)
    {
        foreach (var value in values)
        {
            guard.InvalidId(value, parameterName);
        }

        return values;
    }

    public static string InvalidCountry(this IGuardClause guard, string? value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        _ = guard;
        if (!FormatRules.IsValidCountry(value))
        {
            throw new ArgumentException($"'{value}' is not an ISO 3166-1 alpha-3 country code (three upper-case letters, such as UZB).", parameterName);
        }

        return value!;
    }

    public static T Undefined<T>(this IGuardClause guard, T value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        where T : struct, Enum
    {
        _ = guard;
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(parameterName, value, $"{value} is not a defined {typeof(T).Name}.");
        }

        return value;
    }

    public static void EndBeforeStart(this IGuardClause guard, DateOnly? start, DateOnly? end, string parameterName)
    {
        _ = guard;
        if (start is { } s && end is { } e && e < s)
        {
            throw new ArgumentException($"The end {FormatRules.FormatDate(e)} is before the start {FormatRules.FormatDate(s)}.", parameterName);
        }
    }
}
