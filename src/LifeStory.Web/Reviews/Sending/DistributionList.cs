using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;
using LifeStory.Pipeline;
using LifeStory.Web.Audit;
using LifeStory.Web.Children;
using LifeStory.Web.Data;
using LifeStory.Web.Documents.Languages;
using LifeStory.Web.Storage;
using Microsoft.EntityFrameworkCore;

namespace LifeStory.Web.Reviews.Sending;

/// <summary>
/// Each review's list of who gets the letter: read with the people's names from the latest revision and the
/// addresses opened, added to and taken from (marked, never deleted), and marked as sent. Every change is audited.
/// </summary>
public sealed class DistributionList(LifeStoryDb db, RevisionStore revisions, Sealer sealer, AuditLog audit, TimeProvider clock, LanguageChoices languages)
{
    public const string EmailPurpose = "recipient email";
    public const string AddressPurpose = "recipient address";

    /// <param name="kind">Whose list: the review's (the default) or the conference's held that day.</param>
    public async Task<ReviewLetters?> LoadAsync(Guid childId, DateOnly date, CancellationToken cancel, Meetings.MeetingKind? kind = null)
    {
        kind ??= Meetings.MeetingKind.Review;
        var child = await db.Children.AsNoTracking().FirstOrDefaultAsync(c => c.Id == childId, cancel);
        if (child is null || await revisions.LatestAsync(childId, cancel) is not { } latest) return null;
        if (await revisions.ReadFileAsync(latest, "case.yaml", cancel) is not { } yaml) return null;
        if (CaseLoader.LoadBytes(yaml, Path.GetTempPath()).Case?.Model is not { } model) return null;
        if (kind.Meetings(model).FirstOrDefault(r => r.Date == date) is not { } review) return null;
        var rows = await db.LetterRecipients.AsNoTracking().Where(r => r.ChildId == childId && r.ReviewDate == date && r.Meeting == kind.Name && r.RemovedUtc == null)
            .OrderBy(r => r.AddedUtc).ToListAsync(cancel);
        var lines = rows.Select(r => Line(r, model, review)).OfType<RecipientLine>()
            .OrderBy(l => l.IsChild ? 0 : 1).ThenBy(l => l.Name, StringComparer.OrdinalIgnoreCase).ToList();
        return new ReviewLetters(childId, revisions.NameOf(child), latest, model, review, lines) { Kind = kind };
    }

    /// <summary>The line as shown; null when the person has since been taken out of the case, so nothing is sent to them.</summary>
    private RecipientLine? Line(LetterRecipient row, Case model, Review review)
    {
        var reader = ReaderNames.Parse(row.Reader) ?? Audience.Child;
        var email = row.SealedEmail is { } e ? sealer.OpenText(e, EmailPurpose) : null;
        var address = row.SealedAddress is { } a ? sealer.OpenText(a, AddressPurpose) : null;
        var state = StateOf(row, review);
        if (row.PersonId is null) return new RecipientLine(row, model.Child.PreferredName, "the child", true, reader, email, address, state);
        return model.People.FirstOrDefault(p => p.Id == row.PersonId) is { } person
            ? new RecipientLine(row, person.Name, person.Relationship, false, reader, email, address, state)
            : null;
    }

    public static SendingState StateOf(LetterRecipient row, Review review) => row.SentUtc is null ? SendingState.NotSent
        : review.Signed.Count > row.SentSignatures ? SendingState.ChangedSinceSent : SendingState.Sent;

    /// <summary>Adds a recipient; the problems (field, what to do) when the form is not complete, and nothing is saved then.</summary>
    /// <param name="language">The words of their copy (a <see cref="DocumentLanguage"/> value); the usual one for them when blank (see <see cref="UsualLanguage"/>).</param>
    public async Task<IReadOnlyList<(string Field, string Message)>> AddAsync(ReviewLetters letters, string? personId, string? reader, LetterRoute route,
        string? email, string? address, string actor, CancellationToken cancel, string? language = null)
    {
        var problems = new List<(string, string)>();
        personId = string.IsNullOrWhiteSpace(personId) || personId == "child" ? null : personId;
        var person = personId is null ? null : letters.Model.People.FirstOrDefault(p => p.Id == personId);
        if (personId is not null && person is null)
            problems.Add(("PersonId", "Who: choose someone from the list; that person is not in the child's case."));
        if (letters.Recipients.Any(r => r.Row.PersonId == personId))
            problems.Add(("PersonId", "Who: this person is on the list already. Take them off first to change how they get the letter."));
        var version = string.IsNullOrWhiteSpace(reader) ? DefaultReader.For(person?.Group, letters.Kind) : ReaderNames.Parse(reader);
        if (version is null || !letters.Kind.Readers.Contains(version.Value))
        {
            problems.Add(("Reader", letters.Kind.IsPathway
                ? "Version: choose the young person's own plan or the full record; a pathway plan has no carers' or parents' version."
                : "Version: choose the child's, carers', parents' or the full record."));
        }
        var options = await languages.AllAsync(cancel);
        var words = string.IsNullOrWhiteSpace(language) ? (version is { } v ? UsualLanguage(letters, person, v, options) : DocumentLanguage.English)
            : await languages.CheckAsync(language, cancel);
        if (words is null)
            problems.Add(("Language", $"Language: there are no words for \"{language}\" in the templates in use. Choose English or one of the languages in the list."));
        else if (version is { } chosen && !words.Fits(letters.Kind.Product, chosen))
            problems.Add(("Language", "Language: easy read is made for parents only, of the review letter or a conference's summary. Choose the parents' version, or another language."));
        email = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        address = string.IsNullOrWhiteSpace(address) ? null : address.Trim();
        if (route == LetterRoute.Email && email is null)
            problems.Add(("Email", "Email address: write the address to send the letter to, or choose post."));
        if (email is not null && !LetterMailer.IsAddress(email))
            problems.Add(("Email", $"Email address: \"{email}\" is not an email address. Write one address, such as name@example.org."));
        if (route == LetterRoute.Post && person is not null && version != Audience.Child && address is null)
            problems.Add(("Address", "Postal address: write the address to post the letter to, one line each, or choose email."));
        if (problems.Count > 0) return problems;

        var row = new LetterRecipient
        {
            Id = Guid.NewGuid(), ChildId = letters.ChildId, ReviewDate = letters.Review.Date, Meeting = letters.Kind.Name, PersonId = personId,
            Reader = version!.Value.ToString().ToLowerInvariant(), Route = route,
            Language = words!.IsEnglish ? null : words.Value,
            SealedEmail = email is null ? null : sealer.SealText(email, EmailPurpose),
            // A child's copy never carries an address, so none is kept for it.
            SealedAddress = address is null || person is null ? null : sealer.SealText(address, AddressPurpose),
            AddedBy = actor, AddedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.LetterRecipients.Add(row);
        await db.SaveChangesAsync(cancel);
        await audit.RecordAsync(actor, AuditActions.Distribution, letters.ChildId,
            $"{letters.Kind.Name} of {letters.Review.Date:yyyy-MM-dd}: added {personId ?? "the child"}, {ReaderNames.For(version.Value)} version{words.Words}, by {RouteWords(route)}", cancel);
        return [];
    }

    /// <summary>
    /// The words a person gets unless the IRO chooses others: easy read for a parent marked as needing it (when they get
    /// the parents' review letter), the child's first language beside English for the child when it has a catalogue,
    /// and English for everyone else.
    /// </summary>
    public static DocumentLanguage UsualLanguage(ReviewLetters letters, Person? person, Audience reader, IReadOnlyList<LanguageOption> options)
    {
        if (person is { NeedsEasyRead: true, Group: PersonGroup.BirthFamily } && DocumentLanguage.EasyReadLetter.Fits(letters.Kind.Product, reader))
            return DocumentLanguage.EasyReadLetter;
        return person is null ? LanguageChoices.ForChild(letters.Model.Child, options) : DocumentLanguage.English;
    }

    /// <summary>Changes the words of one line's copy; the problem (field, what to do) when they cannot be made, and nothing is saved then.</summary>
    public async Task<IReadOnlyList<(string Field, string Message)>> ChangeLanguageAsync(ReviewLetters letters, RecipientLine line, string? language, string actor,
        CancellationToken cancel)
    {
        var words = await languages.CheckAsync(language, cancel);
        if (words is null)
            return [("Language", $"Language: there are no words for \"{language}\" in the templates in use. Choose English or one of the languages in the list.")];
        if (!words.Fits(letters.Kind.Product, line.Reader))
            return [("Language", "Language: easy read is made of the review letter for parents only. Choose the parents' version, or another language.")];
        var row = await db.LetterRecipients.FirstAsync(r => r.Id == line.Row.Id, cancel);
        row.Language = words.IsEnglish ? null : words.Value;
        await db.SaveChangesAsync(cancel);
        await audit.RecordAsync(actor, AuditActions.Distribution, letters.ChildId,
            $"{letters.Kind.Name} of {letters.Review.Date:yyyy-MM-dd}: {line.Row.PersonId ?? "the child"} to get the {ReaderNames.For(line.Reader)} version{(words.IsEnglish ? " in English" : words.Words)}", cancel);
        return [];
    }

    public async Task<bool> RemoveAsync(Guid childId, Guid recipientId, string actor, CancellationToken cancel)
    {
        var row = await db.LetterRecipients.FirstOrDefaultAsync(r => r.Id == recipientId && r.ChildId == childId && r.RemovedUtc == null, cancel);
        if (row is null) return false;
        row.RemovedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancel);
        await audit.RecordAsync(actor, AuditActions.Distribution, childId, $"{row.Meeting} of {row.ReviewDate:yyyy-MM-dd}: took {row.PersonId ?? "the child"} off the list", cancel);
        return true;
    }

    /// <summary>Records the sending on the line (the audit entry is the sender's).</summary>
    public async Task MarkSentAsync(Guid recipientId, LetterRoute route, int signatures, string hash, CancellationToken cancel)
    {
        var row = await db.LetterRecipients.FirstAsync(r => r.Id == recipientId, cancel);
        row.SentUtc = clock.GetUtcNow().UtcDateTime;
        row.SentRoute = route;
        row.SentSignatures = signatures;
        row.SentHash = hash;
        await db.SaveChangesAsync(cancel);
    }

    /// <summary>
    /// Every line of these children's reviews' lists, without opening any address: enough to count what is sent. The
    /// review dashboard and its batches are about reviews; a conference's outcome is sent from its own page.
    /// </summary>
    public Task<List<LetterRecipient>> RowsForAsync(IReadOnlyCollection<Guid> children, CancellationToken cancel) =>
        db.LetterRecipients.AsNoTracking().Where(r => children.Contains(r.ChildId) && r.RemovedUtc == null && r.Meeting == Meetings.MeetingKind.Review.Name).ToListAsync(cancel);

    public static string RouteWords(LetterRoute route) => route == LetterRoute.Email ? "email" : "post";
}
