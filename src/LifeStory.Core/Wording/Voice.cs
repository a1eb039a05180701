using LifeStory.Cases.Model;

namespace LifeStory.Wording;

/// <summary>
/// The words a book uses for its child: "Maisie was / she / her" in the third person or "you were / your"
/// when the book talks to the child. Templates use these rather than spelling out either form.
/// </summary>
public sealed record Voice(string Subject, string Object, string Possessive, string Were, string Has, string Is)
{
    public static Voice For(Child child, BookVoice voice)
    {
        if (voice == BookVoice.You) return new Voice("you", "you", "your", "were", "have", "are");
        var name = child.PreferredName;
        return child.Pronouns switch
        {
            Pronouns.She => new Voice(name, "her", name + "'s", "was", "has", "is"),
            Pronouns.He => new Voice(name, "him", name + "'s", "was", "has", "is"),
            _ => new Voice(name, "them", name + "'s", "was", "has", "is"),
        };
    }
}
