namespace LifeStory.SampleArt.Drawings;

/// <summary>
/// Where someone's arms go: down by their sides, one waving, both held out, one round the person next to them,
/// or both holding something in front (a teddy).
/// </summary>
public enum Arms { Down, Wave, Forward, Hug, Hold }
