namespace LifeStory.Web.Storage;

/// <summary>A file's content, stored once whatever how many revisions name it, encrypted. The key is a keyed hash of the plain content.</summary>
public sealed class StoredFile
{
    public string Hash { get; set; } = "";

    public byte[] Sealed { get; set; } = [];
}
