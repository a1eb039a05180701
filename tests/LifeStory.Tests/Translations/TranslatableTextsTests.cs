using LifeStory.Cases.Model;
using LifeStory.Pipeline;
using LifeStory.Tests.Support;
using LifeStory.Translations;

namespace LifeStory.Tests.Translations;

public sealed class TranslatableTextsTests
{
    [Fact]
    public void Given_Yusuf_when_listing_his_text_then_items_are_named_by_their_ids_and_reviews_by_their_dates()
    {
        var texts = TranslatableTexts.All(YusufInArabic.Case).ToDictionary(t => t.Key, t => t);

        Assert.Equal("people[0].about", texts["people[mum].about"].Path);
        Assert.StartsWith("Mama lives in Cairo", texts["people[mum].about"].English, StringComparison.Ordinal);
        Assert.Equal("reviews[1].worries[0].what", texts["reviews[2026-08-12].worries[0].what"].Path);
        Assert.StartsWith("Your mother, **Khadija**", texts["story[my-family].markdown"].English, StringComparison.Ordinal);
        Assert.Equal("Our house, the palm tree and the river. Mama is waving, Amal and Huda are by the door. I drew it so I do not forget.",
            texts["drawings[my-home-in-omdurman].words"].English);
    }

    [Fact]
    public void Given_words_Yusuf_said_in_Arabic_when_listing_then_their_English_meaning_is_translated_and_never_his_words()
    {
        var texts = TranslatableTexts.All(YusufInArabic.Case).ToDictionary(t => t.Key, t => t);

        Assert.Equal("I love football.", texts["my_words[0].translation"].English);
        Assert.Equal("my_words[0].translation", texts["my_words[0].translation"].Path);
        // Said in English, with no translation line: the words themselves are what a translator is given.
        Assert.Equal("my_words[3].words", texts["my_words[3].translation"].Path);
        Assert.DoesNotContain(texts.Keys, k => k.EndsWith(".words", StringComparison.Ordinal) && k.StartsWith("my_words", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_Yusuf_when_listing_then_names_ids_files_and_references_are_not_given_to_translate()
    {
        var keys = TranslatableTexts.All(YusufInArabic.Case).Select(t => t.Key).ToList();

        Assert.DoesNotContain(keys, k => k.StartsWith("child.", StringComparison.Ordinal));
        Assert.DoesNotContain(keys, k => k.StartsWith("people[", StringComparison.Ordinal) && k.EndsWith(".name", StringComparison.Ordinal));
        Assert.DoesNotContain(keys, k => k.EndsWith(".known_as", StringComparison.Ordinal));
        Assert.DoesNotContain(keys, k => k.EndsWith(".id", StringComparison.Ordinal) || k.EndsWith(".file", StringComparison.Ordinal) || k.EndsWith(".iro", StringComparison.Ordinal));
        Assert.DoesNotContain(keys, k => k.Contains(".people", StringComparison.Ordinal) || k.Contains(".who", StringComparison.Ordinal));
        Assert.DoesNotContain(keys, k => k.StartsWith("book.", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_the_parents_version_of_the_book_then_what_is_hidden_from_parents_is_not_sent_to_translate()
    {
        var child = TranslatableTexts.For(YusufInArabic.Case, Product.Book, Audience.Child).Select(t => t.Key).ToList();
        var parents = TranslatableTexts.For(YusufInArabic.Case, Product.Book, Audience.Parents).Select(t => t.Key).ToList();

        foreach (var hidden in new[] { "homes[margarets-house].address", "schools[college].about", "photos[margarets-house].caption", "photos[first-day-at-college].caption" })
        {
            Assert.Contains(hidden, child);
            Assert.DoesNotContain(hidden, parents);
        }
        Assert.DoesNotContain(child, k => k.StartsWith("reviews[", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_minutes_for_one_review_then_only_that_review_and_the_people_it_names_are_sent()
    {
        var keys = TranslatableTexts.For(YusufInArabic.Case, Product.Minutes, Audience.Child, new DateOnly(2026, 2, 18))
            .Select(t => t.Key).ToList();

        Golden.Text("yusuf.minutes", string.Join("\n", keys) + "\n");
        Assert.All(keys, k => Assert.True(k.StartsWith("reviews[2026-02-18].", StringComparison.Ordinal) || k.EndsWith(".relationship", StringComparison.Ordinal), k));
    }
}
