using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Rules;

/// <summary>
/// A built-in rule that judges actions or indicators one at a time and keeps nothing between them, so that
/// <see cref="RuleSet"/> can judge all such rules in one walk over the strategy: each element is read from memory
/// once for all of them rather than once per rule, which is what a check of a large strategy spends its time on.
/// </summary>
/// <remarks>Run alone (<see cref="Check"/>), it walks by itself and reports exactly the same.</remarks>
internal abstract class ElementRule(RuleDescriptor descriptor, ElementKind elements) : Rule(descriptor)
{
    /// <summary>Which elements the rule judges.</summary>
    public ElementKind Elements { get; } = elements;

    /// <summary>Called once before the walk; <see langword="false"/> when the rule has nothing to judge in this strategy.</summary>
    public virtual bool Start(RuleContext context) => true;

    /// <summary>Judges one action (rules of <see cref="ElementKind.Actions"/>).</summary>
    public virtual void Action(RuleContext context, in ActionSlot entry)
    {
    }

    /// <summary>Judges one indicator (rules of <see cref="ElementKind.Indicators"/>).</summary>
    public virtual void Indicator(RuleContext context, in IndicatorSlot entry)
    {
    }

    public sealed override void Check(RuleContext context)
    {
        if (!Start(context))
        {
            return;
        }

        if (Elements == ElementKind.Actions)
        {
            foreach (var entry in context.Index.ActionSlots)
            {
                Action(context, entry);
            }
        }
        else
        {
            foreach (var entry in context.Index.IndicatorSlots)
            {
                Indicator(context, entry);
            }
        }
    }
}

/// <summary>The elements an <see cref="ElementRule"/> judges.</summary>
internal enum ElementKind
{
    /// <summary>Every action.</summary>
    Actions,

    /// <summary>Every indicator.</summary>
    Indicators,
}
