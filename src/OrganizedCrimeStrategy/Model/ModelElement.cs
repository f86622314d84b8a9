namespace OrganizedCrimeStrategy.Model;

/// <summary>The base of every object of the strategy format: it carries the members the format does not define.</summary>
/// <remarks>Model elements are immutable records with value equality: two elements are equal when all their members are.</remarks>
public abstract record ModelElement
{
    /// <summary>Members of the JSON object that format 1.0 does not define, kept and written back unchanged.</summary>
    public ExtensionMembers Extensions { get; init => field = value ?? ExtensionMembers.Empty; } = ExtensionMembers.Empty;
}

/// <summary>An element with an id in the document's single id namespace.</summary>
public interface IIdentified
{
    /// <summary>The element's id, unique in the document.</summary>
    string Id { get; }
}
