namespace LifeStory.Cases.Editing;

/// <summary>One field of a case record as a form shows it: generated from the model, as the JSON Schema is.</summary>
/// <param name="Key">The case.yaml key, which is also the form field's name.</param>
/// <param name="Label">The field's name in plain words ("Preferred name").</param>
/// <param name="Help">What goes in it, from the model's own description (the schema's text too).</param>
/// <param name="Choices">For a choice, the values allowed, as written in case.yaml.</param>
public sealed record FormField(string Key, string Label, string Help, FormFieldKind Kind, IReadOnlyList<string> Choices, bool Required);

public enum FormFieldKind
{
    Text,
    Date,
    /// <summary>A year, a year and month, or a whole date, each optionally after "about ".</summary>
    PartialDate,
    Choice,
    WholeNumber,
    Number,
    TrueFalse,
    /// <summary>Several of a fixed set of values (readers in hidden_from), written in brackets.</summary>
    ChoiceList,
    /// <summary>Several short values (ids of people or photos), written in brackets.</summary>
    TextList,
}
