using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace LifeStory.Web.Reviews.Sending;

/// <summary>
/// Emails one reader's letter through the council's relay. The subject and the covering words say nothing about the
/// child: mail passes through servers and inboxes the council does not run, and a subject line shows on lock screens.
/// The child's details are only inside the attached PDF.
/// </summary>
public sealed class LetterMailer(IOptions<MailOptions> options)
{
    public const string Subject = "A letter from your Independent Reviewing Officer";

    public const string AttachmentName = "review-letter.pdf";

    /// <summary>
    /// A conference's outcome says even less outside the PDF: "child protection" in a subject line on a parent's lock
    /// screen, or in a shared inbox, would tell others what the family has not chosen to tell them.
    /// </summary>
    public const string MeetingSubject = "A letter after a recent meeting";

    public const string MeetingAttachmentName = "meeting-letter.pdf";

    /// <summary>A pathway plan says no more: "pathway plan" or "care leaver" on a lock screen tells others the young person was in care.</summary>
    public const string PlanSubject = "Your plan, as we agreed it";

    public const string PlanAttachmentName = "plan.pdf";

    public bool Configured => options.Value.Configured;

    /// <param name="kind">A conference's outcome or a pathway plan: their neutral subjects and attachment names; a review's letter when null.</param>
    public async Task SendAsync(string toName, string toAddress, byte[] pdf, CancellationToken cancel, Meetings.MeetingKind? kind = null)
    {
        var conference = kind?.IsConference == true;
        var plan = kind?.IsPathway == true;
        var o = options.Value;
        if (!o.Configured) throw new InvalidOperationException("The mail relay is not set up (LifeStory:Mail:Host and From).");
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(o.FromName, o.From));
        message.To.Add(new MailboxAddress(toName, toAddress));
        message.Subject = plan ? PlanSubject : conference ? MeetingSubject : Subject;
        var body = new BodyBuilder
        {
            TextBody = $"Hello,\n\n{(plan ? "The plan written with you is attached" : $"The letter written after the recent {(conference ? "" : "review ")}meeting is attached")}, as a PDF. It is meant for you only: "
                       + "please keep it private.\n\nIf you cannot open it, or would rather have it on paper, reply to this email and we will post it to you.\n\n"
                       + o.FromName + "\n",
        };
        body.Attachments.Add(plan ? PlanAttachmentName : conference ? MeetingAttachmentName : AttachmentName, pdf, new ContentType("application", "pdf"));
        message.Body = body.ToMessageBody();

        using var client = new SmtpClient();
        await client.ConnectAsync(o.Host!, o.Port, o.UseTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancel);
        if (!string.IsNullOrEmpty(o.UserName)) await client.AuthenticateAsync(o.UserName, o.Password ?? "", cancel);
        await client.SendAsync(message, cancel);
        await client.DisconnectAsync(true, cancel);
    }

    /// <summary>Whether text is one plain email address, as the form asks for.</summary>
    public static bool IsAddress(string text) =>
        MailboxAddress.TryParse(text.Trim(), out var parsed) && parsed.Address == text.Trim() && parsed.Address.Contains('@', StringComparison.Ordinal)
        && !parsed.Address.StartsWith('@') && !parsed.Address.EndsWith('@');
}
