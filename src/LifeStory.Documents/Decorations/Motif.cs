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

    // Plain pictures for ideas rather than favourites: an easy-read letter places one beside each point
    // (the DH easy-read guidance asks for a picture with every idea). They have no faces, so they suit adults too.

    /// <summary>A house: home, where the child lives.</summary>
    House,

    /// <summary>A school building.</summary>
    School,

    /// <summary>A calendar page: a date, such as the next meeting.</summary>
    Calendar,

    /// <summary>People at a table: a meeting, and who came to it.</summary>
    Meeting,

    /// <summary>A clipboard with ticks: a plan, or what was decided.</summary>
    Plan,

    /// <summary>A speech bubble: what someone said, or how to tell us something.</summary>
    Speech,
}
