using LifeStory.Templating;
using LifeStory.Wording;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Wording;

/// <summary>
/// The shipped jargon list finds at least nine in ten of the terms public plain-language guides ask professionals
/// not to use with children (plain-language-guide-terms.txt), each as it would stand in a sentence.
/// </summary>
public sealed class JargonRecallTests
{
    [Fact]
    public void Given_the_terms_from_plain_language_guides_When_each_is_written_in_a_sentence_Then_the_jargon_list_finds_at_least_ninety_percent()
    {
        var terms = File.ReadAllLines(Path.Combine(Repo.Root, "tests", "LifeStory.Tests", "Wording", "plain-language-guide-terms.txt"))
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var words = JargonDictionary.From(new TemplateFolders([Path.Combine(Repo.Root, "templates")]));

        var missed = terms.Where(t => words.Find($"The grown-ups talked about {t} at the meeting.").Count == 0).ToList();

        Assert.True(terms.Count >= 60, $"only {terms.Count} terms");
        var recall = 1.0 - (double)missed.Count / terms.Count;
        Assert.True(recall >= 0.9, $"recall {recall:P0}; missed: {string.Join(", ", missed)}");
    }
}
