using LifeStory.Cases.Model;

namespace LifeStory.Checking;

/// <summary>Dates in the future, ranges that end before they start, and things dated before the child was born.</summary>
internal static class DateChecks
{
    private const string FutureFix = "Check the year. Only things that have already happened belong here.";

    public static void Run(CheckContext context)
    {
        var c = context.Case;
        var birth = c.Child.DateOfBirth;
        if (birth > context.Today)
            context.Error("date-in-future", "child.date_of_birth", $"The date of birth {Iso(birth)} is after today.", FutureFix);

        for (var i = 0; i < c.Homes.Count; i++)
        {
            var home = c.Homes[i];
            Range(context, $"homes[{i}]", home.From, home.To, "moving-out date", "moving-in date");
            // The birth family often lived in their home before the child was born; that is not a mistake.
            if (home.Kind != HomeKind.BirthFamily) BeforeBirth(context, $"homes[{i}].from", home.From, birth);
        }
        for (var i = 0; i < c.Schools.Count; i++)
        {
            var school = c.Schools[i];
            Range(context, $"schools[{i}]", school.From, school.To, "leaving date", "starting date");
            BeforeBirth(context, $"schools[{i}].from", school.From, birth);
        }
        for (var i = 0; i < c.Timeline.Count; i++) Dated(context, $"timeline[{i}].date", c.Timeline[i].Date, birth);
        for (var i = 0; i < c.Photos.Count; i++) Dated(context, $"photos[{i}].date", c.Photos[i].Date, birth);
        for (var i = 0; i < c.Drawings.Count; i++) Dated(context, $"drawings[{i}].date", c.Drawings[i].Date, birth);
        for (var i = 0; i < c.MyWords.Count; i++) Dated(context, $"my_words[{i}].date", c.MyWords[i].Date, birth);
        for (var i = 0; i < c.Reviews.Count; i++)
        {
            var review = c.Reviews[i];
            Dated(context, $"reviews[{i}].date", PartialDate.FromDate(review.Date), birth);
            if (review.NextReview is { } next && next < review.Date)
            {
                context.Error("date-order", $"reviews[{i}].next_review",
                    $"The next review {Iso(next)} is before this review's date {Iso(review.Date)}.",
                    "Check which date is which, and the years.");
            }
            Signatures(context, $"reviews[{i}]", review.Date, review.Signed);
        }
        for (var i = 0; i < c.Conferences.Count; i++)
        {
            var conference = c.Conferences[i];
            var path = $"conferences[{i}]";
            Dated(context, path + ".date", PartialDate.FromDate(conference.Date), birth);
            if (conference.ReviewConference is { } next && next < conference.Date)
                context.Error("date-order", path + ".review_conference",
                    $"The review conference {Iso(next)} is before this conference's date {Iso(conference.Date)}.",
                    "Check which date is which, and the years.");
            for (var g = 0; g < conference.CoreGroups.Count; g++)
                if (conference.CoreGroups[g] < conference.Date)
                    context.Error("date-order", $"{path}.core_groups[{g}]",
                        $"The core group on {Iso(conference.CoreGroups[g])} is before the conference on {Iso(conference.Date)} that set it up.",
                        "Core groups meet after the conference: check the year, or the conference's date.");
            Signatures(context, path, conference.Date, conference.Signed);
        }
        if (c.PathwayPlan is { } plan)
        {
            Dated(context, "pathway_plan.written", PartialDate.FromDate(plan.Written), birth);
            if (plan.NextReview is { } again && again < plan.Written)
                context.Error("date-order", "pathway_plan.next_review",
                    $"The plan's next review {Iso(again)} is before it was written ({Iso(plan.Written)}).", "Check which date is which, and the years.");
            Signatures(context, "pathway_plan", plan.Written, plan.Signed);
        }
    }

    /// <summary>A record is signed after its meeting, never in the future, and each signature after the one before.</summary>
    private static void Signatures(CheckContext context, string path, DateOnly held, IReadOnlyList<ReviewSignature> signed)
    {
        for (var s = 0; s < signed.Count; s++)
        {
            var at = $"{path}.signed[{s}].date";
            var date = signed[s].Date;
            if (date > context.Today)
                context.Error("date-in-future", at, $"The signature's date {Iso(date)} is after today.", FutureFix);
            else if (date < held)
                context.Error("date-order", at, $"The record is signed on {Iso(date)}, before its meeting on {Iso(held)}.",
                    "A record can only be signed after the meeting: check the year, or the meeting's date.");
            else if (s > 0 && date < signed[s - 1].Date)
                context.Error("date-order", at, $"This correction is signed on {Iso(date)}, before the signature above it ({Iso(signed[s - 1].Date)}).",
                    "Signatures are listed oldest first: check the dates, or their order.");
        }
    }

    /// <summary>A from/to pair: each must not be in the future, and the end must not come before the start.</summary>
    private static void Range(CheckContext context, string path, PartialDate from, PartialDate? to, string toName, string fromName)
    {
        NotFuture(context, path + ".from", from);
        if (to is null) return;
        NotFuture(context, path + ".to", to);
        // Compare the widest readings, so "2019" to "2019-06" is fine however the year is read.
        if (to.Latest < from.Earliest)
        {
            context.Error("date-order", path + ".to", $"The {toName} {to} is before the {fromName} {from}.",
                "Check which date is which, and the years.");
        }
    }

    /// <summary>A single date: not in the future, and (as a warning) not before the child was born.</summary>
    private static void Dated(CheckContext context, string path, PartialDate? date, DateOnly birth)
    {
        if (date is null) return;
        NotFuture(context, path, date);
        BeforeBirth(context, path, date, birth);
    }

    private static void BeforeBirth(CheckContext context, string path, PartialDate date, DateOnly birth)
    {
        if (date.Latest < birth)
        {
            context.Warning("date-order", path, $"{date} is before the child was born ({Iso(birth)}).",
                "Check the year. If it really happened before the birth, this warning can be left.");
        }
    }

    private static void NotFuture(CheckContext context, string path, PartialDate date)
    {
        if (date.Earliest > context.Today) context.Error("date-in-future", path, $"{date} is after today.", FutureFix);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
