using LifeStory.Cases.Editing;

namespace LifeStory.Web.Editing;

/// <summary>One top-level part of case.yaml shown as a group of fields (the child; the book's choices).</summary>
public sealed record FormSection(string Key, string Heading, IReadOnlyList<FormField> Fields)
{
    /// <summary>The form field's name and the finding's field path: "child.preferred_name".</summary>
    public string PathOf(FormField field) => Key + "." + field.Key;
}
