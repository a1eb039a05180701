namespace LifeStory.SampleArt.Drawings;

/// <summary>Hair as a felt-tip drawing shows it: the shape is what tells people apart.</summary>
public enum Hair { Short, Long, Curly, Bun, Bunches }
