using System.Security.Cryptography;
using LifeStory.Documents.Model;
using LifeStory.Documents.Rendering;
using LifeStory.Pipeline;
using LifeStory.Reviews.PrintPack;
using LifeStory.Web.Children;
using LifeStory.Web.CouncilTemplates;
using LifeStory.Web.Storage;

namespace LifeStory.Web.Reviews.Sending;

/// <summary>
/// Does one batch: emails the email-route copies one by one, then draws every post-route copy into one print pack —
/// a cover sheet, then that reader's letter, for each — and only when the pack is whole records those as sent, with
/// the pack's SHA-256 and the pages each copy takes in it. A copy that cannot be made is reported and left waiting.
/// </summary>
public sealed class BatchRunner(DistributionList list, LetterSender sender, RevisionStore revisions, LiveTemplates live, TimeProvider clock)
{
    /// <summary>Pictures prepared one thread at a time: the batch shares the machine with people at work.</summary>
    private static readonly RenderOptions PackRendering = new(300f, MaxParallelism: 1);

    public async Task RunAsync(LetterBatch batch, CancellationToken cancel)
    {
        var started = clock.GetTimestamp();
        var reviews = new Dictionary<(Guid, DateOnly), ReviewLetters?>();
        var posts = new List<(ReviewLetters Letters, RecipientLine Line)>();
        foreach (var item in batch.Items)
        {
            var key = (item.ChildId, item.ReviewDate);
            if (!reviews.TryGetValue(key, out var letters)) reviews[key] = letters = await list.LoadAsync(item.ChildId, item.ReviewDate, cancel);
            var line = letters?.Recipients.FirstOrDefault(r => r.Row.Id == item.RecipientId);
            if (letters is null || line is null)
            {
                batch.CountFailed("One person was taken off a list while the letters were being made; nothing was sent to them.");
                continue;
            }
            if (!line.Waiting)
            {
                batch.CountFailed($"{letters.ChildName}, {line.Name}: sent from the review's page after this batch began, so not sent again.");
                continue;
            }
            if (!letters.Signed)
            {
                batch.CountFailed($"{letters.ChildName}'s review of {letters.Review.Date:d MMMM yyyy}: {LetterSender.NotSigned}");
                continue;
            }
            if (line.Route == LetterRoute.Post)
            {
                posts.Add((letters, line));
                continue;
            }
            batch.Step = $"Emailing {letters.ChildName}'s letters";
            var outcome = await sender.SendAsync(letters, line, batch.Owner, cancel);
            if (outcome.Sent) batch.Count(LetterRoute.Email);
            else batch.CountFailed($"{letters.ChildName}, {line.Name}: {outcome.Problem}");
        }
        if (posts.Count > 0) await PackAsync(batch, posts, cancel);
        batch.Took = clock.GetElapsedTime(started);
        batch.Step = "Done";
    }

    private async Task PackAsync(LetterBatch batch, List<(ReviewLetters Letters, RecipientLine Line)> posts, CancellationToken cancel)
    {
        var templates = (await live.CurrentAsync(cancel)).Folder;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var drawn = new List<(ReviewLetters Letters, RecipientLine Line, int FirstPage, int LastPage)>();
        using var output = new MemoryStream();
        await Task.Run(() =>
        {
            var info = new DocumentInfo("Review letters to post", Subject: "Review letters to post", Author: "LifeStory");
            PackWriter.Write(Parts(batch, posts, templates, today, drawn, cancel), info, output, PackRendering);
        }, cancel);
        if (drawn.Count == 0) return;
        var pack = output.ToArray();
        var hash = Convert.ToHexStringLower(SHA256.HashData(pack));
        foreach (var (letters, line, first, last) in drawn)
            await sender.RecordAsync(letters, line, LetterRoute.Post, hash, batch.Owner, $" in the print pack (pages {first}-{last})", cancel);
        batch.Pack = pack;
        batch.PackHash = hash;
    }

    /// <summary>
    /// Each copy's cover and letter, made as the pack writer asks for them. Copies of one revision (a review's list is
    /// made one after another) share one private case folder, so its pictures are decrypted, written and prepared once;
    /// the folder is deleted as soon as the next revision's copies begin, and whatever happens.
    /// </summary>
    private IEnumerable<PackPart> Parts(LetterBatch batch, List<(ReviewLetters Letters, RecipientLine Line)> posts, string? templates, DateOnly today,
        List<(ReviewLetters, RecipientLine, int, int)> drawn, CancellationToken cancel)
    {
        var page = 1;
        TempCaseFolder? folder = null;
        long revision = -1;
        try
        {
            foreach (var (letters, line) in posts)
            {
                cancel.ThrowIfCancellationRequested();
                batch.Step = $"Making {letters.ChildName}'s letters to post";
                if (letters.Revision.Id != revision)
                {
                    folder?.Dispose();
                    folder = null;
                    // The pack writer pulls parts on a worker thread with no request behind it: waiting here blocks only that thread.
                    folder = TempCaseFolder.Write(revisions.ReadAsync(letters.Revision, cancel).GetAwaiter().GetResult());
                    revision = letters.Revision.Id;
                }
                // Each copy in the words chosen for its reader: the Arabic beside the English for the child, easy read for a parent.
                using var composition = CasePipeline.Compose(line.Language.Apply(new RunRequest(Product.Minutes, folder!.CaseFolder, today, TemplatesFolder: templates,
                    ReviewDate: letters.Review.Date, Reader: line.Reader)));
                if (composition.Pages is not { } pages)
                {
                    batch.CountFailed($"{letters.ChildName}, {line.Name}: the {ReaderNames.For(line.Reader)} letter{line.Language.Words} could not be made. Open its preview on the child's record to see what needs fixing.");
                    continue;
                }
                var cover = CoverSheet.Layout(new PackLetter(line.Name, line.IsChild, line.Reader, PackRoute.Post, line.Address, letters.Review.Date, pages.Pages.Count), pages.Theme);
                yield return new PackPart(cover, composition.Pictures);
                yield return new PackPart(pages, composition.Pictures);
                drawn.Add((letters, line, page, page + cover.Pages.Count + pages.Pages.Count - 1));
                page += cover.Pages.Count + pages.Pages.Count;
                batch.Count(LetterRoute.Post);
            }
        }
        finally
        {
            folder?.Dispose();
        }
    }
}
