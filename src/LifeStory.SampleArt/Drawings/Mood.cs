namespace LifeStory.SampleArt.Drawings;

/// <summary>How a face looks. There is deliberately no cross face: worries are shown in bubbles, not faces.</summary>
public enum Mood { Smile, Calm, Worried }
