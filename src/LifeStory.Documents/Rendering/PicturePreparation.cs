using LifeStory.Documents.Layout;
using LifeStory.Documents.Pictures;
using SkiaSharp;

namespace LifeStory.Documents.Rendering;

/// <summary>
/// Prepares every picture the pages will draw before drawing starts, on several threads: decoding and
/// resampling photos is most of the time a picture book takes, and it is independent per picture. Each worker
/// holds one decoded picture at a time, so memory stays bounded by the number of workers; what is kept are the
/// small re-encoded results. They are stored by request, not in the order threads finish, so the PDF's bytes
/// do not depend on scheduling.
/// </summary>
internal static class PicturePreparation
{
    /// <summary>The pixel size a placed picture is prepared at: its placed size at the drawing's dpi, rounded up.</summary>
    public static PictureRequest For(PictureItem item, float dpi) =>
        new(item.Source, (int)Math.Ceiling(item.Bounds.Width / 72f * dpi), (int)Math.Ceiling(item.Bounds.Height / 72f * dpi), item.Crop);

    /// <summary>Every distinct request on the pages, in the order they are first drawn.</summary>
    public static IReadOnlyList<PictureRequest> Collect(IEnumerable<Page> pages, float dpi)
    {
        var seen = new HashSet<PictureRequest>();
        var requests = new List<PictureRequest>();
        void Walk(PageItem item)
        {
            switch (item)
            {
                case PictureItem picture:
                    var request = For(picture, dpi);
                    if (seen.Add(request)) requests.Add(request);
                    break;
                case FurnitureItem furniture: Walk(furniture.Inner); break;
                // A scaled group is drawn smaller on the page, but PagePainter asks for its pictures at their
                // own (unscaled) size, so the request is worked out from the item alone here too.
                case ScaledItem group:
                    foreach (var inner in group.Items) Walk(inner);
                    break;
                case RotatedItem turned:
                    foreach (var inner in turned.Items) Walk(inner);
                    break;
            }
        }
        foreach (var page in pages)
            foreach (var item in page.Items) Walk(item);
        return requests;
    }

    /// <summary>
    /// The prepared images by request. A picture that fails here is left out, so drawing asks for it again
    /// and reports the failure where it would have without preparation, in page order.
    /// </summary>
    public static Dictionary<PictureRequest, SKImage> Prepare(IPictureSource pictures, IReadOnlyList<PictureRequest> requests, int parallelism)
    {
        var images = new SKImage?[requests.Count];
        void PrepareOne(int i)
        {
            var r = requests[i];
            try { images[i] = pictures.Prepare(r.Source, r.PixelWidth, r.PixelHeight, r.Crop); }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
            {
                images[i] = null;
            }
        }
        // One picture (a letter's photo) is prepared on this thread: waking the thread pool for it costs more
        // than the picture when it is already in the cache.
        if (requests.Count <= 1 || parallelism <= 1)
            for (var i = 0; i < requests.Count; i++) PrepareOne(i);
        else
            Parallel.For(0, requests.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, PrepareOne);
        var prepared = new Dictionary<PictureRequest, SKImage>(requests.Count);
        for (var i = 0; i < requests.Count; i++)
            if (images[i] is { } image) prepared[requests[i]] = image;
        return prepared;
    }
}
