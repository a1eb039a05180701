namespace LifeStory.Cases.Loading;

/// <summary>The kinds of value a case field can hold; each is read, checked and described in its own way.</summary>
internal enum ValueKind
{
    Text,
    WholeNumber,
    Number,
    TrueFalse,
    Date,
    PartialDate,
    Choice,
    Record,
    List,
    PrivateText,
}
