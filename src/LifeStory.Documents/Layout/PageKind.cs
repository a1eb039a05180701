namespace LifeStory.Documents.Layout;

/// <summary>
/// Why a page exists. Most pages hold the flow; the others are there by design and may be nearly empty:
/// the cover, a page that opens a part of a book for the youngest readers (one idea to a page, read on a lap),
/// and the blank left-hand page that lets a duplex book start each chapter on the right.
/// </summary>
public enum PageKind
{
    Flow,
    Cover,
    Opener,
    Blank,
}
