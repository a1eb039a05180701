namespace LifeStory.Documents.Layout;

/// <summary>
/// One unbreakable piece of the flow as placed on its page: what it is, which of the document's top-level blocks
/// made it, which run of the flow it belongs to (runs are separated by forced page breaks: a chapter, a
/// part of a book for the youngest), and where it sits, in points from the page's top.
/// </summary>
public sealed record FlowSlice(FlowRole Role, int Block, int Run, float Top, float Bottom);
