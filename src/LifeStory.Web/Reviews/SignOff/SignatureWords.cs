using System.Globalization;
using LifeStory.Cases.Model;

namespace LifeStory.Web.Reviews.SignOff;

/// <summary>A review's signatures in plain words for the IRO's pages: who signed, when, and each correction.</summary>
public static class SignatureWords
{
    /// <summary>"Mark Bennett, 18 September 2026", with "corrected 26 August 2026" for each correction; null when unsigned.</summary>
    public static string? Short(Case model, Review review)
    {
        if (!review.IsSigned) return null;
        var first = review.Signed[0];
        var text = $"{NameOf(model, first.By)}, {Day(first.Date)}";
        var corrections = review.Signed.Skip(1).Select(s => Day(s.Date)).ToList();
        return corrections.Count == 0 ? text : text + $" (corrected {string.Join(", ", corrections)})";
    }

    /// <summary>The person's name in the case; the id itself for someone the case no longer lists.</summary>
    public static string NameOf(Case model, string id) => model.People.FirstOrDefault(p => p.Id == id)?.Name ?? id;

    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
