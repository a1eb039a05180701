using System.Security.Cryptography;
using LifeStory.Pipeline;
using LifeStory.Web.Audit;
using LifeStory.Web.Children;
using LifeStory.Web.Documents;
using MailKit;
using MailKit.Net.Smtp;

namespace LifeStory.Web.Reviews.Sending;

/// <summary>
/// Sends one reader's copy of a signed review letter: made by the same pipeline as every download (and cached with
/// them), emailed through the relay or handed back to print and post, then written to the audit trail with the
/// SHA-256 of exactly the bytes that left, and marked on the list. An unsigned record is never sent: until the IRO
/// signs, it is not final.
/// </summary>
public sealed class LetterSender(DocumentMaker maker, RevisionStore revisions, LetterMailer mailer, DistributionList list, AuditLog audit, ILogger<LetterSender> log)
{
    public const string NotSigned = "This review is not signed yet. Letters can be sent once the IRO has signed the record.";

    public async Task<byte[]?> MakeAsync(ReviewLetters letters, RecipientLine line, CancellationToken cancel)
    {
        var made = await maker.MakeAsync(letters.Revision, () => revisions.ReadAsync(letters.Revision, CancellationToken.None),
            new DocumentKind(letters.Kind.Product, line.Reader, letters.Review.Date) { Language = line.Language }, OutputFormat.Pdf, cancel);
        return made.Succeeded ? made.Files[0] : null;
    }

    public const string ConferenceNotSigned = "This conference is not signed yet. Its outcome can be sent once the chair has signed the record.";

    public const string PathwayNotSigned = "This pathway plan is not signed yet. It can be sent once the young person and their personal adviser have both signed it.";

    public static string NotSignedFor(Meetings.MeetingKind kind) => kind.IsConference ? ConferenceNotSigned : kind.IsPathway ? PathwayNotSigned : NotSigned;

    public async Task<SendOutcome> SendAsync(ReviewLetters letters, RecipientLine line, string actor, CancellationToken cancel)
    {
        if (!letters.Signed) return SendOutcome.Refused(NotSignedFor(letters.Kind));
        if (line.Route == LetterRoute.Email && !mailer.Configured)
            return SendOutcome.Refused("Email is not set up on this server (LifeStory:Mail). Choose post for this person, or ask your administrator to set up the mail relay.");
        var pdf = await MakeAsync(letters, line, cancel);
        if (pdf is null)
            return SendOutcome.Refused($"The {ReaderNames.For(line.Reader)} {(letters.Kind.IsPathway ? "plan" : "letter")}{line.Language.Words} could not be made. Open its preview on the child's record to see what needs fixing.");
        var hash = Convert.ToHexStringLower(SHA256.HashData(pdf));
        if (line.Route == LetterRoute.Email)
        {
            try
            {
                await mailer.SendAsync(line.Name, line.Email!, pdf, cancel, letters.Kind);
            }
            catch (Exception e) when (e is IOException or CommandException or ProtocolException or System.Net.Sockets.SocketException or MailKit.Security.SslHandshakeException or MailKit.Security.AuthenticationException)
            {
                // The reason goes to the server's log; the person sending is told what they can do.
                log.LogWarning(e, "Emailing a review letter through the relay failed");
                return SendOutcome.Refused($"The email to {line.Name} could not be sent: the mail relay did not accept it. Nothing was sent; try again later, or choose post.");
            }
        }
        await RecordAsync(letters, line, line.Route, hash, actor, "", cancel);
        return new SendOutcome(null, pdf, hash);
    }

    /// <summary>The audit entry and the mark on the list, for one copy sent.</summary>
    public async Task RecordAsync(ReviewLetters letters, RecipientLine line, LetterRoute route, string hash, string actor, string how, CancellationToken cancel)
    {
        var correction = line.State == SendingState.ChangedSinceSent ? " (corrected copy)" : "";
        await audit.RecordAsync(actor, AuditActions.Send, letters.ChildId,
            $"{letters.Kind.Name} of {letters.Review.Date:yyyy-MM-dd}: {ReaderNames.For(line.Reader)} version{line.Language.Words}{correction} to {line.Row.PersonId ?? "the child"} by {DistributionList.RouteWords(route)}{how}, SHA-256 {hash}",
            cancel);
        await list.MarkSentAsync(line.Row.Id, route, letters.Review.Signed.Count, hash, cancel);
    }
}
