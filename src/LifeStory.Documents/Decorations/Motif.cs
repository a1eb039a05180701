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
}
