namespace LifeStory.Cases.Loading;

/// <summary>One constructor parameter of a case record, as it appears in case.yaml.</summary>
/// <param name="Name">The C# parameter (and property) name.</param>
/// <param name="Key">The snake_case key in case.yaml.</param>
/// <param name="Required">True when the field has to be written: not nullable, no default, and not a list.</param>
/// <param name="Nullable">True when leaving it out gives null (as opposed to a default value or an empty list).</param>
internal sealed record FieldShape(
    string Name,
    string Key,
    ValueShape Value,
    bool Required,
    bool Nullable,
    object? Default,
    string? Description);
