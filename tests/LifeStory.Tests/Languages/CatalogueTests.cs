using LifeStory.Cases.Model;
using LifeStory.Languages;
using LifeStory.Templating;
using LifeStory.Tests.Support;

namespace LifeStory.Tests.Languages;

/// <summary>Loading catalogues: the shipped ones, a council's keys winning one by one, English for what a language lacks.</summary>
public sealed class CatalogueTests
{
    private static readonly TemplateFolders Shipped = new([TemplateFolders.BuiltIn]);

    private static Catalogue Load(string language, TemplateFolders? folders = null)
    {
        var load = Catalogues.Load(folders ?? Shipped, language);
        Assert.NotNull(load.Catalogue);
        return load.Catalogue;
    }

    private static Dictionary<string, object?> Values(params (string Name, object? Value)[] values) => values.ToDictionary(v => v.Name, v => v.Value);

    [Theory]
    [InlineData("ar")]
    [InlineData("pl")]
    public void Given_a_complete_shipped_catalogue_Then_it_has_every_English_key_and_every_plural_form_its_language_needs(string language)
    {
        var load = Catalogues.Load(Shipped, language);
        Assert.Empty(load.Findings);
        var needed = PluralRules.CategoriesOf(language).Select(c => c.ToString().ToLowerInvariant()).ToList();
        var plurals = load.Catalogue!.Words.Where(w => w.Value.Forms is { } forms && forms.ContainsKey("other")).ToList();
        Assert.NotEmpty(plurals);
        Assert.All(plurals, p => Assert.All(needed, category => Assert.True(p.Value.Forms!.ContainsKey(category), $"{language}: {p.Key} has no {category}: form")));
    }

    [Theory]
    [InlineData("ti")]
    [InlineData("ps")]
    [InlineData("prs")]
    [InlineData("ckb")]
    [InlineData("vi")]
    [InlineData("sq")]
    [InlineData("ro")]
    public void Given_a_started_catalogue_Then_its_headings_are_its_own_and_the_rest_is_English_with_a_warning(string language)
    {
        var load = Catalogues.Load(Shipped, language);
        var words = load.Catalogue!;
        Assert.NotEqual("Who came", words.Say("who_came"));
        Assert.Equal("Independent Reviewing Officer", words.Say("iro_title"));
        var missing = Assert.Single(load.Findings);
        Assert.Equal("catalogue-missing-key", missing.Code);
        Assert.Contains("iro_title", missing.Message, StringComparison.Ordinal);
        Assert.Equal(Path.Combine("templates", "languages", language + ".yaml"), missing.Location!.File);
        Assert.True(words.NeedsChecking);
    }

    [Fact]
    public void Given_a_language_file_without_a_key_Then_the_key_is_said_in_English_and_the_finding_names_the_key_and_the_file()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("languages"));
        File.WriteAllText(temp.File("languages/zu.yaml"), "words:\n  who_came: \"Ubani oweza\"\n");
        var load = Catalogues.Load(new TemplateFolders([temp.Path, TemplateFolders.BuiltIn]), "zu");
        Assert.Equal("Ubani oweza", load.Catalogue!.Say("who_came"));
        Assert.Equal("Dear Sipho,", load.Catalogue.Say("dear", Values(("name", "Sipho"))));
        var missing = load.Findings.Single(f => f.Field == "and");
        Assert.Equal("catalogue-missing-key", missing.Code);
        Assert.Equal(LifeStory.Checking.Severity.Warning, missing.Severity);
        Assert.EndsWith(Path.Combine("languages", "zu.yaml"), missing.Location!.File, StringComparison.Ordinal);
        Assert.Contains("dear", missing.Message, StringComparison.Ordinal);
        // No month names of its own: dates are written with English ones, and that is said too.
        Assert.Contains(load.Findings, f => f.Field == "months");
        Assert.Equal("12 August 2026", load.Catalogue.Date(new DateOnly(2026, 8, 12)));
    }

    [Fact]
    public void Given_a_council_file_with_a_few_keys_Then_those_win_and_its_checked_by_ends_the_not_checked_mark()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("languages"));
        File.WriteAllText(temp.File("languages/ar.yaml"), "checked_by: \"Huda Saleh, qualified translator\"\nchecked_on: 2026-11-30\nwords:\n  who_came: \"الحاضرون\"\n");
        var words = Load("ar", new TemplateFolders([temp.Path, TemplateFolders.BuiltIn]));
        Assert.Equal("الحاضرون", words.Say("who_came"));
        Assert.Equal("ما قررناه", words.Say("what_we_decided"));
        Assert.False(words.NeedsChecking);
        Assert.True(Load("ar").NeedsChecking);
    }

    [Fact]
    public void Given_a_language_with_no_catalogue_Then_the_error_says_which_languages_there_are()
    {
        var load = Catalogues.Load(Shipped, "xx");
        Assert.Null(load.Catalogue);
        var error = Assert.Single(load.Findings);
        Assert.True(error.IsError);
        Assert.Equal("no-catalogue", error.Code);
        Assert.Contains("'xx'", error.Message, StringComparison.Ordinal);
        Assert.Contains("ar, ckb, en, pl", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_language_that_speaks_to_boys_and_girls_differently_Then_the_pronouns_choose()
    {
        var arabic = Load("ar");
        Assert.Equal("عزيزي يوسف،", arabic.Say("dear", Values(("name", "يوسف")), Pronouns.He));
        Assert.Equal("عزيزتي مريم،", arabic.Say("dear", Values(("name", "مريم")), Pronouns.She));
        // Nothing written for they: the first form written is used.
        Assert.Equal("عزيزي سام،", arabic.Say("dear", Values(("name", "سام")), Pronouns.They));
        var polish = Load("pl");
        Assert.Equal("Powiedziałaś:", polish.Say("you_said", null, Pronouns.She));
        Assert.Equal("Twoje słowa:", polish.Say("you_said", null, Pronouns.They));
    }

    [Fact]
    public void Given_a_count_Then_the_plural_form_is_the_languages_own()
    {
        var arabic = Load("ar");
        Assert.Equal("يشعر جو بالقلق.", arabic.Say("worried", Values(("who", "جو"), ("count", 1))));
        Assert.Equal("يشعر كلاهما بالقلق: جو وسام.", arabic.Say("worried", Values(("who", "جو وسام"), ("count", 2))));
        Assert.Equal("يشعر هؤلاء بالقلق: أ، ب وج.", arabic.Say("worried", Values(("who", "أ، ب وج"), ("count", 3))));
        var polish = Load("pl");
        Assert.Equal("Jo martwi się.", polish.Say("worried", Values(("who", "Jo"), ("count", 1))));
        Assert.Equal("Jo i Sam martwią się.", polish.Say("worried", Values(("who", "Jo i Sam"), ("count", 2))));
        Assert.Equal("Jo are worried.", Load("en").Say("worried", Values(("who", "Jo"), ("count", 2))));
        Assert.Equal("Jo is worried.", Load("en").Say("worried", Values(("who", "Jo"), ("count", 1))));
    }

    [Fact]
    public void Given_a_count_that_is_not_a_number_Then_it_counts_as_none_instead_of_stopping_the_letter() =>
        Assert.Equal("Jo are worried.", Load("en").Say("worried", Values(("who", "Jo"), ("count", "several"))));

    [Fact]
    public void Given_a_value_that_looks_like_a_placeholder_Then_it_is_printed_as_it_is() =>
        Assert.Equal("Dear {name},", Load("en").Say("dear", Values(("name", "{name}"))));

    [Fact]
    public void Given_a_key_nobody_has_Then_the_page_shows_the_key_instead_of_a_blank() =>
        Assert.Equal("[no_such_words]", Load("en").Say("no_such_words"));

    [Fact]
    public void Every_shipped_language_but_English_needs_checking_and_the_right_to_left_ones_say_so()
    {
        Assert.False(Load("en").NeedsChecking);
        Assert.All(new[] { "ar", "pl", "ti", "ps", "prs", "ckb", "vi", "sq", "ro" }, tag => Assert.True(Load(tag).NeedsChecking, tag));
        Assert.All(new[] { "ar", "ps", "prs", "ckb" }, tag => Assert.True(Load(tag).RightToLeft, tag));
        Assert.All(new[] { "en", "pl", "ti", "vi", "sq", "ro" }, tag => Assert.False(Load(tag).RightToLeft, tag));
    }
}
