using LifeStory.Audiences;
using LifeStory.Cases.Model;
using LifeStory.Documents.Model;
using LifeStory.Documents.Themes;
using LifeStory.Languages;
using Scriban.Runtime;

namespace LifeStory.Pipeline;

/// <summary>
/// One language's text of a document, before layout: the Markdown the templates made, the document's title and
/// marks, its look and file name, and what it was made from (the words, this reader's view of the case).
/// </summary>
internal sealed record WrittenText(
    string Markdown,
    DocumentInfo Info,
    Theme Theme,
    string OutputName,
    ScriptObject Data,
    ReaderView View,
    Case ForChild,
    Catalogue Words);
