using LifeStory.Cases.Model;

namespace LifeStory.Wording;

/// <summary>The child's pronouns in each grammatical form, so templates never guess.</summary>
public sealed record Pronoun(string They, string Them, string Their, string Are)
{
    public static Pronoun For(Pronouns pronouns) => pronouns switch
    {
        Pronouns.She => new("she", "her", "her", "is"),
        Pronouns.He => new("he", "him", "his", "is"),
        _ => new("they", "them", "their", "are"),
    };
}
