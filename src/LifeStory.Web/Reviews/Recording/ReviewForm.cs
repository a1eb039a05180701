using LifeStory.Cases.Model;

namespace LifeStory.Web.Reviews.Recording;

/// <summary>
/// The review as the IRO typed it, in the letter's order. It stays as typed (text, not dates or numbers) until it is
/// written into case.yaml, so a score of "eleven" or a date of "next March" reaches the case loader and the checks,
/// and the page shows the very message `lifestory check` prints for the same YAML.
/// </summary>
public sealed class ReviewForm
{
    public string Iro { get; set => field = value ?? ""; } = "";

    /// <summary>One row per person in the case, in the case's order: how they took part, or "" when they did not.</summary>
    public List<AttendeeRow> People { get; set => field = value ?? []; } = [];

    public bool ChildCame { get; set; }

    public string ChildSaid { get; set => field = value ?? ""; } = "";

    /// <summary>Readers the child's words are kept from (kept from an existing record; the page shows them).</summary>
    public List<string> ChildSaidHiddenFrom { get; set => field = value ?? []; } = [];

    public string ViewsGathered { get; set => field = value ?? ""; } = "";

    /// <summary>One thing going well per line.</summary>
    public string GoingWell { get; set => field = value ?? ""; } = "";

    public List<WorryRow> Worries { get; set => field = value ?? []; } = [];

    public string ScaleQuestion { get; set => field = value ?? ""; } = "";

    public string ScaleZero { get; set => field = value ?? ""; } = "";

    public string ScaleTen { get; set => field = value ?? ""; } = "";

    /// <summary>One row per person who can score (the child first), the score as typed: blank means no score.</summary>
    public List<ScoreRow> Scores { get; set => field = value ?? []; } = [];

    public List<DecisionRow> Decisions { get; set => field = value ?? []; } = [];

    public string NextReview { get; set => field = value ?? ""; } = "";

    public IEnumerable<string> GoingWellLines() => GoingWell.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

    /// <summary>The rows that say something, in order: blank rows at the end of a list are room to add one.</summary>
    public IReadOnlyList<WorryRow> FilledWorries() => Worries.Where(w => !w.IsBlank()).ToList();

    public IReadOnlyList<DecisionRow> FilledDecisions() => Decisions.Where(d => !d.IsBlank()).ToList();

    public IReadOnlyList<ScoreRow> FilledScores() => Scores.Where(s => s.Score.Trim().Length > 0).ToList();

    /// <summary>
    /// The form for a recorded review, or a new one: a row for each person (and for the child's score), and one blank
    /// worry and decision to add to. The IRO defaults to the case's IRO; the next review to the date the rules propose.
    /// </summary>
    public static ReviewForm For(Case model, Review? review, DateOnly? proposedNext)
    {
        var form = new ReviewForm
        {
            Iro = review?.Iro ?? model.People.FirstOrDefault(p => p.Group == PersonGroup.Iro)?.Id ?? "",
            People = model.People.Select(p => new AttendeeRow
            {
                Person = p.Id,
                How = review?.People.FirstOrDefault(a => a.Person == p.Id) is { } a ? ReviewYaml.Snake(a.How) : "",
            }).ToList(),
            NextReview = (review is null ? proposedNext : review.NextReview)?.ToString("yyyy-MM-dd") ?? "",
        };
        form.Scores = ScorerIds(model).Select(id => new ScoreRow
        {
            Person = id,
            Score = review?.Scale.FirstOrDefault(s => s.Person == id)?.Score.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
        }).ToList();
        if (review is not null)
        {
            form.ChildCame = review.ChildCame;
            form.ChildSaid = review.ChildSaid?.Text ?? "";
            form.ChildSaidHiddenFrom = review.ChildSaid?.HiddenFrom.Select(ReviewYaml.Snake).ToList() ?? [];
            form.ViewsGathered = review.ViewsGathered ?? "";
            form.GoingWell = string.Join("\n", review.GoingWell);
            form.Worries = review.Worries.Select(w => new WorryRow
            {
                What = w.What, Who = [.. w.WhoIsWorried], CouldHappen = w.WhatCouldHappen ?? "", Goal = w.SafetyGoal ?? "",
                HiddenFrom = w.HiddenFrom.Select(ReviewYaml.Snake).ToList(),
            }).ToList();
            form.Decisions = review.Decisions.Select(d => new DecisionRow
            {
                What = d.What, Who = d.Who, By = d.By?.ToString() ?? "", HiddenFrom = d.HiddenFrom.Select(ReviewYaml.Snake).ToList(),
            }).ToList();
            (form.ScaleQuestion, form.ScaleZero, form.ScaleTen) = (review.ScaleQuestion ?? "", review.ScaleZero ?? "", review.ScaleTen ?? "");
        }
        return form.WithRoom(model);
    }

    /// <summary>
    /// Blank rows taken out and one blank worry and decision added at the end, and a person row for everyone in the
    /// case, so what is shown lines up with what is written (worries[2] is the third worry on the page).
    /// </summary>
    public ReviewForm WithRoom(Case model)
    {
        Worries = [.. FilledWorries(), new WorryRow()];
        Decisions = [.. FilledDecisions(), new DecisionRow()];
        var how = People.GroupBy(p => p.Person).ToDictionary(g => g.Key, g => g.First().How, StringComparer.Ordinal);
        People = model.People.Select(p => new AttendeeRow { Person = p.Id, How = how.GetValueOrDefault(p.Id, "") }).ToList();
        var scores = Scores.GroupBy(s => s.Person).ToDictionary(g => g.Key, g => g.First().Score, StringComparer.Ordinal);
        Scores = ScorerIds(model).Select(id => new ScoreRow { Person = id, Score = scores.GetValueOrDefault(id, "") }).ToList();
        return this;
    }

    private static IEnumerable<string> ScorerIds(Case model) => model.People.Where(p => p.Died is null).Select(p => p.Id).Prepend("child");

    /// <summary>Checkboxes of one name arrive as several values, or as one joined by commas: both read as a list.</summary>
    public static IReadOnlyList<string> Ids(IEnumerable<string>? values) => (values ?? [])
        .SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal).ToList();
}

public sealed class AttendeeRow
{
    public string Person { get; set => field = value ?? ""; } = "";

    /// <summary>came, sent_views, by_phone, or "" for someone who took no part.</summary>
    public string How { get; set => field = value ?? ""; } = "";
}

public sealed class WorryRow
{
    public string What { get; set => field = value ?? ""; } = "";

    public List<string> Who { get; set => field = value ?? []; } = [];

    public string CouldHappen { get; set => field = value ?? ""; } = "";

    public string Goal { get; set => field = value ?? ""; } = "";

    public List<string> HiddenFrom { get; set => field = value ?? []; } = [];

    public bool IsBlank() => What.Trim().Length == 0 && CouldHappen.Trim().Length == 0 && Goal.Trim().Length == 0 && ReviewForm.Ids(Who).Count == 0;
}

public sealed class DecisionRow
{
    public string What { get; set => field = value ?? ""; } = "";

    public string Who { get; set => field = value ?? ""; } = "";

    public string By { get; set => field = value ?? ""; } = "";

    public List<string> HiddenFrom { get; set => field = value ?? []; } = [];

    public bool IsBlank() => What.Trim().Length == 0 && Who.Trim().Length == 0 && By.Trim().Length == 0;
}

public sealed class ScoreRow
{
    public string Person { get; set => field = value ?? ""; } = "";

    public string Score { get; set => field = value ?? ""; } = "";
}
