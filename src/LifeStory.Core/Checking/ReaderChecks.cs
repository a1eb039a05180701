using LifeStory.Audiences;
using LifeStory.Cases.Loading;
using LifeStory.Cases.Model;
using LifeStory.Templating;

namespace LifeStory.Checking;

/// <summary>
/// `check` looks at every reader's version at once: for the child, the carers and the parents, each text the
/// version would print is searched for what is hidden from that reader, so the worker can fix them all together.
/// </summary>
public static class ReaderChecks
{
    private static readonly Audience[] Readers = [Audience.Child, Audience.Carers, Audience.Parents];

    public static IReadOnlyList<Finding> Check(LoadedCase loaded, string? templatesFolder)
    {
        var defaults = PrivacyDefaults.From(TemplateFolders.For(loaded.Folder, templatesFolder));
        return Readers.SelectMany(reader => HiddenNameChecks.Check(loaded, Redactor.For(loaded.Model, reader, defaults))).ToList();
    }
}
