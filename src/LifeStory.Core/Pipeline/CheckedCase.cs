using LifeStory.Cases.Loading;
using LifeStory.Templating;

namespace LifeStory.Pipeline;

/// <summary>
/// A case read and checked for one product, ready to be written in any language for its reader: a document in two
/// languages reads and checks its case once (Bilingual), then writes it twice.
/// </summary>
internal sealed record CheckedCase(LoadedCase Loaded, SkippedPictures Skipped, TemplateFolders Folders);
