using Ardalis.GuardClauses;

namespace OrganizedCrimeStrategy.Model;

/// <summary>A period with a start and an end date, the end after the start.</summary>
public sealed record Period : ModelElement
{
    /// <summary>Creates a period.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day; after <paramref name="start"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is not after <paramref name="start"/>.</exception>
    public Period(DateOnly start, DateOnly end)
    {
        if (end <= start)
        {
            throw new ArgumentException($"The end {FormatRules.FormatDate(end)} is not after the start {FormatRules.FormatDate(start)}.", nameof(end));
        }

        Start = start;
        End = end;
    }

    /// <summary>The first day.</summary>
    public DateOnly Start { get; }

    /// <summary>The last day.</summary>
    public DateOnly End { get; }

    /// <summary>Whether <paramref name="date"/> falls inside the period, both ends included.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when inside.</returns>
    public bool Contains(DateOnly date) => date >= Start && date <= End;
}

/// <summary>An amount of money in a currency.</summary>
public sealed record Money : ModelElement
{
    /// <summary>Creates an amount.</summary>
    /// <param name="amount">Zero or more.</param>
    /// <param name="currency">An ISO 4217 code, upper case (<c>USD</c>).</param>
    /// <exception cref="ArgumentException">The amount is negative or the currency malformed.</exception>
    public Money(decimal amount, string currency)
    {
        Amount = amount;
        Currency = currency;
    }

    /// <summary>The amount; zero or more.</summary>
    public decimal Amount { get; init => field = Guard.Against.Negative(value); }

    /// <summary>The ISO 4217 currency code.</summary>
    public string Currency
    {
        get;
        init => field = FormatRules.IsValidCurrency(value)
            ? value
            : throw new ArgumentException($"'{value}' is not an ISO 4217 currency code (three upper-case letters).", nameof(Currency));
    }
}

/// <summary>
/// A crime type: one of the format's known values, or a country's own (kept as written; the rule OCS702
/// asks custom values to start with <c>x-</c>).
/// </summary>
/// <param name="Value">The name, such as <c>moneyLaundering</c>.</param>
public readonly record struct CrimeType(string Value)
{
    /// <summary>Participation in an organized criminal group (UNTOC art. 5).</summary>
    public static CrimeType ParticipationInOrganizedCriminalGroup => new("participationInOrganizedCriminalGroup");

    /// <summary>Laundering of proceeds of crime (UNTOC art. 6).</summary>
    public static CrimeType MoneyLaundering => new("moneyLaundering");

    /// <summary>Corruption (UNTOC art. 8).</summary>
    public static CrimeType Corruption => new("corruption");

    /// <summary>Obstruction of justice (UNTOC art. 23).</summary>
    public static CrimeType ObstructionOfJustice => new("obstructionOfJustice");

    /// <summary>Trafficking in persons.</summary>
    public static CrimeType TraffickingInPersons => new("traffickingInPersons");

    /// <summary>Smuggling of migrants.</summary>
    public static CrimeType SmugglingOfMigrants => new("smugglingOfMigrants");

    /// <summary>Illicit trafficking in firearms.</summary>
    public static CrimeType FirearmsTrafficking => new("firearmsTrafficking");

    /// <summary>Drug trafficking.</summary>
    public static CrimeType DrugTrafficking => new("drugTrafficking");

    /// <summary>Cybercrime.</summary>
    public static CrimeType Cybercrime => new("cybercrime");

    /// <summary>Environmental crime.</summary>
    public static CrimeType EnvironmentalCrime => new("environmentalCrime");

    /// <summary>Counterfeiting.</summary>
    public static CrimeType Counterfeiting => new("counterfeiting");

    /// <summary>Illicit trade in excisable goods.</summary>
    public static CrimeType ExcisableGoodsTrafficking => new("excisableGoodsTrafficking");

    /// <summary>Extortion and protection racketeering.</summary>
    public static CrimeType Extortion => new("extortion");

    /// <summary>Financial crime.</summary>
    public static CrimeType FinancialCrime => new("financialCrime");

    /// <summary>Trafficking in cultural property.</summary>
    public static CrimeType CulturalPropertyTrafficking => new("culturalPropertyTrafficking");

    /// <summary>Financing of terrorism.</summary>
    public static CrimeType TerrorismFinancing => new("terrorismFinancing");

    /// <summary>The known values of format 1.0, in the order FORMAT.md lists them.</summary>
    public static IReadOnlyList<CrimeType> Known { get; } =
    [
        ParticipationInOrganizedCriminalGroup, MoneyLaundering, Corruption, ObstructionOfJustice, TraffickingInPersons,
        SmugglingOfMigrants, FirearmsTrafficking, DrugTrafficking, Cybercrime, EnvironmentalCrime, Counterfeiting,
        ExcisableGoodsTrafficking, Extortion, FinancialCrime, CulturalPropertyTrafficking, TerrorismFinancing,
    ];

    private static readonly HashSet<string> KnownNames = new(Known.Select(k => k.Value), StringComparer.Ordinal);

    /// <summary>The name, such as <c>moneyLaundering</c>; never blank.</summary>
    public string Value { get; init; } = Guard.Against.NullOrWhiteSpace(Value);

    /// <summary>Whether the value is one of the format's known crime types.</summary>
    public bool IsKnown => KnownNames.Contains(Value);

    /// <summary>Whether the value is a declared extension (starts with <c>x-</c>).</summary>
    public bool IsExtension => Value.StartsWith("x-", StringComparison.Ordinal);

    /// <summary>Makes a crime type from its name.</summary>
    /// <param name="value">The name.</param>
    public static implicit operator CrimeType(string value) => new(value);

    /// <inheritdoc/>
    public override string ToString() => Value;
}

/// <summary>A reference to an international or national legal instrument.</summary>
public sealed record LegalReference : ModelElement
{
    /// <summary>The instruments format 1.0 knows by name; others are kept as written.</summary>
    public static IReadOnlyList<string> KnownInstruments { get; } =
    [
        "UNTOC", "TIP-Protocol", "SOM-Protocol", "Firearms-Protocol", "UNCAC", "Single-Convention-1961",
        "Psychotropic-Convention-1971", "Drug-Trafficking-Convention-1988",
    ];

    /// <summary>The instrument, such as <c>UNTOC</c>.</summary>
    public required string Instrument { get; init => field = Guard.Against.NullOrWhiteSpace(value); }

    /// <summary>The article, such as <c>24</c>.</summary>
    public string? Article { get; init => field = value is null ? null : Guard.Against.NullOrWhiteSpace(value); }

    /// <summary>A note.</summary>
    public Text? Note { get; init; }
}
