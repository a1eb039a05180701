namespace LifeStory.Documents.Files;

/// <summary>What a path names, as far as reading it is concerned.</summary>
public enum FileKind
{
    /// <summary>Nothing is there (or a link points nowhere).</summary>
    Missing,

    /// <summary>An ordinary file: the only kind LifeStory reads.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Folder,

    /// <summary>A pipe, socket or device: opening one can wait for ever or never end.</summary>
    Special,
}
