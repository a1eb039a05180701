using LifeStory.Cases.Model;

namespace LifeStory.Web.Reviews.Sending;

/// <summary>The dashboard's "Sent" cell for one review's letter, from its distribution list.</summary>
public static class SentColumn
{
    public static string Describe(IReadOnlyCollection<LetterRecipient> rows, Review? review)
    {
        if (rows.Count == 0) return "Nobody on the list yet";
        if (review is null) return $"Not sent: {rows.Count} on the list";
        var states = rows.Select(r => DistributionList.StateOf(r, review)).ToList();
        var sent = states.Count(s => s == SendingState.Sent);
        var changed = states.Count(s => s == SendingState.ChangedSinceSent);
        var text = sent == rows.Count ? $"All {rows.Count} sent" : $"{sent} of {rows.Count} sent";
        return changed == 0 ? text : text + $"; {changed} changed since sent";
    }
}
