using LifeStory.Cases.Model;
using LifeStory.Translations;

namespace LifeStory.Tests.Translations;

public sealed class TranslatedCaseTests
{
    [Fact]
    public void Given_Arabic_translations_when_applied_then_translated_fields_are_Arabic_and_the_rest_stays_English()
    {
        var english = YusufInArabic.Case;

        var arabic = TranslatedCase.For(english, YusufInArabic.Set());

        var mum = arabic.People.Single(p => p.Id == "mum");
        Assert.Equal("ماما تعيش في القاهرة مع أمل وهدى. هي تطبخ أطيب فول مدمس في أم درمان، وعلّمتك كيف تطبخه.", mum.About);
        Assert.Equal("أمي", mum.Relationship);
        Assert.Equal("Khadija Osman", mum.Name);
        Assert.Equal("بيت مارغريت", arabic.Homes.Single(h => h.Id == "margarets-house").Name);
        Assert.Equal("7 Elm Grove, Sheffield", arabic.Homes.Single(h => h.Id == "margarets-house").Address!.Text);
        Assert.StartsWith("والدتك **خديجة**", arabic.Story.Single(s => s.Id == "my-family").Markdown, StringComparison.Ordinal);
        var review = arabic.Reviews.Single(r => r.Date == new DateOnly(2026, 8, 12));
        Assert.Equal("لا يوجد قرار بعد بشأن ما إذا كان يوسف يستطيع البقاء في المملكة المتحدة.", review.Worries[0].What);
        Assert.Equal(english.Reviews[1].Worries[1].What, review.Worries[1].What);
        Assert.Equal("سيذهب خالد مع يوسف لمقابلة محاميه.", review.Decisions[1].What);
        Assert.Equal("يرى يوسف مستشارته كل يوم ثلاثاء وينام أفضل بكثير.", review.GoingWell[0]);
        Assert.Equal(english.Reviews[1].GoingWell[1], review.GoingWell[1]);
        Assert.StartsWith("أنام بشكل أفضل", review.ChildSaid!.Text, StringComparison.Ordinal);
        Assert.Equal(english.Reviews[0], arabic.Reviews[0]);
    }

    [Fact]
    public void Given_words_the_child_said_when_translated_then_their_words_stay_and_the_meaning_is_in_the_translation_line()
    {
        var arabic = TranslatedCase.For(YusufInArabic.Case, YusufInArabic.Set());

        Assert.Equal("Margaret's house is very quiet. At first I did not like the quiet. Now I like it.", arabic.MyWords[3].Words);
        Assert.Equal("بيت مارغريت هادئ جدًا. في البداية لم يعجبني الهدوء. الآن أحبه.", arabic.MyWords[3].Translation);
    }

    [Fact]
    public void Given_a_case_when_translated_then_the_case_passed_in_is_unchanged()
    {
        var english = YusufInArabic.Case;
        var before = TranslatableTexts.All(english).Select(t => (t.Key, t.English)).ToList();

        var arabic = TranslatedCase.For(english, YusufInArabic.Set());

        Assert.Equal(before, TranslatableTexts.All(english).Select(t => (t.Key, t.English)).ToList());
        Assert.NotSame(english, arabic);
        Assert.Equal("Mama lives in Cairo with Amal and Huda. She makes the best ful medames in Omdurman, and she taught you how.",
            english.People[0].About);
    }

    [Fact]
    public void Given_every_text_translated_when_applied_then_every_field_listed_for_translation_prints_its_translation()
    {
        // The list of texts and the translated case are made by two walks: every key one gives, the other must apply.
        var english = YusufInArabic.Case;
        var texts = TranslatableTexts.All(english);
        var set = new TranslationSet("ar", texts.ToDictionary(t => t.Key, t => new Translation(t.Key, t.EnglishHash, "«" + t.Key + "»"), StringComparer.Ordinal));

        var translated = TranslatableTexts.All(TranslatedCase.For(english, set));

        Assert.Equal(texts.Count, translated.Count);
        Assert.All(translated, t => Assert.Equal("«" + t.Key + "»", t.English));
    }

    [Fact]
    public void Given_the_English_edited_after_translating_then_the_translation_is_out_of_date_and_the_new_English_prints()
    {
        var set = YusufInArabic.Set();
        var english = YusufInArabic.Case;
        var edited = english with
        {
            People = english.People.Select(p => p.Id == "mum" ? p with { About = "Mama lives in Cairo with Amal and Huda." } : p).ToList(),
        };
        var about = TranslatableTexts.All(edited).Single(t => t.Key == "people[mum].about");

        Assert.Equal(TranslationStatus.OutOfDate, set.StatusOf(about));
        Assert.Equal("Mama lives in Cairo with Amal and Huda.", TranslatedCase.For(edited, set).People[0].About);
        Assert.Equal("أمي", TranslatedCase.For(edited, set).People[0].Relationship);
    }

    [Fact]
    public void Given_an_unfinished_translation_then_it_counts_as_missing_and_the_English_prints()
    {
        var english = YusufInArabic.Case;
        var text = TranslatableTexts.All(english).Single(t => t.Key == "people[tom].about");
        var set = TranslationSet.Empty("ar").With([new Translation(text.Key, text.EnglishHash, "توم يساعدك", TranslationState.Initial)]);

        Assert.Equal(TranslationStatus.Missing, set.StatusOf(text));
        Assert.Equal(english.People.Single(p => p.Id == "tom").About, TranslatedCase.For(english, set).People.Single(p => p.Id == "tom").About);
    }

    [Fact]
    public void Given_a_translation_left_blank_by_hand_then_it_counts_as_missing_and_the_English_prints()
    {
        var english = YusufInArabic.Case;
        var text = TranslatableTexts.All(english).Single(t => t.Key == "people[tom].about");
        var set = TranslationSet.Empty("ar").With([new Translation(text.Key, text.EnglishHash, "  ")]);

        Assert.Equal(TranslationStatus.Missing, set.StatusOf(text));
        Assert.Equal(english.People.Single(p => p.Id == "tom").About, TranslatedCase.For(english, set).People.Single(p => p.Id == "tom").About);
    }

    [Fact]
    public void Given_a_line_ending_changed_by_a_Windows_editor_then_the_translation_is_still_current()
    {
        Assert.Equal(EnglishHash.Of("One.\n\nTwo.\n"), EnglishHash.Of("One.\r\n\r\nTwo."));
        Assert.NotEqual(EnglishHash.Of("One."), EnglishHash.Of("One!"));
    }
}
