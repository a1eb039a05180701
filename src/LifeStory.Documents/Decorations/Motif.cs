namespace LifeStory.Documents.Decorations;

/// <summary>
/// A favourite animal or thing the child chose, drawn on the cover and on section pages. Every motif is drawn
/// by <see cref="MotifArt"/> as vector shapes: no clip art, no pictures from anywhere else.
/// </summary>
public enum Motif
{
    Rabbit,
    Cat,
    Dog,
    Dinosaur,
    Football,
    Star,
    Heart,
    Flower,
    Butterfly,
    Rocket,
    Unicorn,
    Fish,
    Rainbow,
    Tree,
    Bear,
    Owl,
    Car,
    Sun,

    /// <summary>A smiling face: the 10 end of a young child's scale, or a child's favourite "smiley".</summary>
    HappyFace,

    /// <summary>A sad face: the 0 end of a young child's scale.</summary>
    SadFace,
}
