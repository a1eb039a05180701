namespace LifeStory.Languages;

/// <summary>The CLDR plural categories: each language uses some of them, and "other" is always one.</summary>
public enum PluralCategory { Zero, One, Two, Few, Many, Other }
