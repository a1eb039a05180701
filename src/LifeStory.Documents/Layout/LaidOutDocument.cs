using LifeStory.Documents.Model;
using LifeStory.Documents.Themes;

namespace LifeStory.Documents.Layout;

/// <summary>The result of layout: pages of positioned items, ready for any renderer. Problems are things the reader should know (a missing picture).</summary>
public sealed record LaidOutDocument(DocumentInfo Info, Theme Theme, IReadOnlyList<Page> Pages, IReadOnlyList<string> Problems);
