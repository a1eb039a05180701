using LifeStory.Cases.Model;
using LifeStory.Cases.Loading;

namespace LifeStory.Wording;

/// <summary>
/// What the "Who I can talk to" page offers help with: the situations the case names, a death the book already
/// tells of, and leaving care for a young person of 16 or more still in care. Nothing is guessed beyond that.
/// </summary>
public static class SupportNeeds
{
    /// <summary>The need of a young person getting ready to leave care, beside the <see cref="Situation"/>s a case names.</summary>
    public const string LeavingCare = "leaving_care";

    /// <summary>The needs, by their names in settings/support.yaml, in a fixed order.</summary>
    public static IReadOnlyList<string> For(Case model, DateOnly today)
    {
        var situations = model.Child.Situations.ToHashSet();
        // The book already says who has died and when; a death since the child was born is a loss in the child's life.
        if (model.People.Any(p => p.Died is { } died && died.Latest >= model.Child.DateOfBirth)) situations.Add(Situation.Bereavement);
        var needs = Enum.GetValues<Situation>().Where(situations.Contains).Select(s => YamlNames.SnakeCase(s.ToString())).ToList();
        if (CareRoutes.LeavingCare(model, today)) needs.Add(LeavingCare);
        return needs;
    }

    /// <summary>Every need a support entry can be for.</summary>
    public static IReadOnlyList<string> Known { get; } = [.. Enum.GetValues<Situation>().Select(s => YamlNames.SnakeCase(s.ToString())), LeavingCare];
}
