namespace LifeStory.Web.Storage;

/// <summary>One file of a case folder: its path inside the folder (forward slashes) and its bytes.</summary>
public sealed record CaseFile(string Path, byte[] Content);
