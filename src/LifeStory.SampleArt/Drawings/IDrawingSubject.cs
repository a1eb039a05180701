using LifeStory.SampleArt.Painting;

namespace LifeStory.SampleArt.Drawings;

/// <summary>What a child's drawing shows. Subjects draw on a page 1000 units wide; the painter leaves paper margins.</summary>
public interface IDrawingSubject
{
    string Name { get; }

    void Draw(Crayon crayon, Rng rng, float width, float height);
}
