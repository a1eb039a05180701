using LifeStory.Audiences;
using LifeStory.Cases.Editing;
using LifeStory.Cases.Model;

namespace LifeStory.Web.Editing;

/// <summary>
/// What hiding one item from a reader changes in that reader's version, worked out by the engine itself: the case is
/// redacted twice, once with the item hidden from the reader and once without, and the two summaries compared. So
/// the words follow the case's own choices (privacy: hidden_people describe or leave_out) and never drift from the book.
/// </summary>
public static class HidingConsequences
{
    public static IReadOnlyList<Audience> Readers { get; } = [Audience.Child, Audience.Carers, Audience.Parents];

    /// <summary>"Their version leaves out 1 person; 'a teacher' is used instead of a name", and for a person shown to the reader, the name it uses.</summary>
    public static string For(string yaml, CaseList list, int index, Audience reader)
    {
        var item = list.Items(CaseEditPage.Load(yaml))[index];
        var readers = (item.GetType().GetProperty("HiddenFrom")?.GetValue(item) as IReadOnlyList<Audience>) ?? [];
        var hidden = Redact(yaml, list, index, readers.Append(reader).Distinct().ToList(), reader);
        var shown = Redact(yaml, list, index, readers.Where(r => r != reader).ToList(), reader);
        var whose = reader switch { Audience.Child => "the child's", Audience.Carers => "the carers'", _ => "the parents'" };
        var difference = Difference(hidden?.Summary, shown?.Summary);
        var said = difference.IsEmpty ? $"If ticked, {whose} version does not change." : $"If ticked, {whose} version has {difference.Describe(withNames: false)}.";
        if (item is Person person && shown?.Case.People.FirstOrDefault(p => p.Id == person.Id) is { } printed)
            said += $" If not, it calls this person “{printed.ChildName}”.";
        return said;
    }

    private static ReaderView? Redact(string yaml, CaseList list, int index, IReadOnlyList<Audience> hiddenFrom, Audience reader)
    {
        var value = hiddenFrom.Count == 0 ? null : YamlValue.List(hiddenFrom.Select(r => FormFields.Text(r)).ToList(), FormFieldKind.ChoiceList);
        var edited = ListItemEdit.Set(yaml, list.Key, index, "hidden_from", value).Yaml;
        return edited is null ? null : Redactor.For(CaseEditPage.Load(edited), reader);
    }

    /// <summary>What the hidden version leaves out or rewords beyond what the shown version already does.</summary>
    private static RedactionSummary Difference(RedactionSummary? hidden, RedactionSummary? shown)
    {
        if (hidden is null || shown is null) return RedactionSummary.Nothing;
        var before = shown.LeftOut.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        var leftOut = hidden.LeftOut
            .Select(kv => new KeyValuePair<string, int>(kv.Key, kv.Value - before.GetValueOrDefault(kv.Key)))
            .Where(kv => kv.Value > 0).ToList();
        return new RedactionSummary(leftOut, [], Math.Max(0, hidden.SurnamesLeftOut - shown.SurnamesLeftOut), 0,
            hidden.DescribedAs.Except(shown.DescribedAs).ToList());
    }
}
