using LifeStory.Cases.Model;
using LifeStory.Tests.Support;
using LifeStory.Wording;

namespace LifeStory.Tests.Wording;

/// <summary>The help the book offers fits what the case says about the child, from the council's list, and nothing more.</summary>
public sealed class SupportNeedsTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateOnly Born = new(2015, 5, 1);

    private static SupportList Shipped => new(SupportList.Read(Path.Combine(Repo.Root, "templates", SupportList.RelativePath)));

    private static Case With(IReadOnlyList<Situation>? situations = null, IReadOnlyList<Person>? people = null, IReadOnlyList<Home>? homes = null) =>
        new(new Child("Sam Test", "Sam", Born, Pronouns.They, "English", Situations: situations), People: people, Homes: homes);

    [Fact]
    public void Given_a_case_that_names_no_situation_When_support_is_chosen_Then_none_is_offered()
    {
        Assert.Empty(SupportNeeds.For(With(), Today));
        Assert.Empty(Shipped.For(SupportNeeds.For(With(), Today)));
    }

    [Fact]
    public void Given_situations_the_case_names_When_support_is_chosen_Then_they_come_in_a_fixed_order_with_the_councils_organisations()
    {
        var needs = SupportNeeds.For(With([Situation.SeekingAsylum, Situation.ParentInPrison]), Today);

        Assert.Equal(["parent_in_prison", "seeking_asylum"], needs);
        var chosen = Shipped.For(needs);
        Assert.Equal("Children Heard and Seen", chosen[0].Name);
        Assert.All(chosen, e => Assert.Contains(e.For, needs));
    }

    [Fact]
    public void Given_someone_who_died_after_the_child_was_born_When_support_is_chosen_Then_bereavement_is_offered_once()
    {
        var mum = new Person("mum", "Anna Test", "my mum", PersonGroup.BirthFamily, Died: new PartialDate(2022, 11));
        var greatGran = new Person("gran", "Old Test", "my great-gran", PersonGroup.BirthFamily, Died: new PartialDate(2001));

        Assert.Equal(["bereavement"], SupportNeeds.For(With([Situation.Bereavement], [mum]), Today));
        Assert.Empty(SupportNeeds.For(With(people: [greatGran]), Today));
    }

    [Fact]
    public void Given_a_young_person_of_16_in_foster_care_When_support_is_chosen_Then_leaving_care_help_is_offered()
    {
        var teen = new Case(new Child("Sam Test", "Sam", new DateOnly(2009, 4, 4), Pronouns.He, "English"),
            Homes: [new Home("now", "Sue's house", HomeKind.Foster, new PartialDate(2019, 9))]);

        Assert.Equal([SupportNeeds.LeavingCare], SupportNeeds.For(teen, Today));
    }

    [Fact]
    public void Given_a_support_entry_for_an_unknown_situation_When_the_list_is_read_Then_the_council_is_told_which_names_work()
    {
        using var temp = new TempFolder();
        var file = Path.Combine(temp.Path, "support.yaml");
        File.WriteAllText(file, "support:\n  - for: homesick\n    name: Someone\n    what: helps\n");

        var error = Assert.Throws<LifeStory.Templating.SettingsFileException>(() => SupportList.Read(file));
        Assert.Contains("'homesick' is not a situation", error.Message, StringComparison.Ordinal);
        Assert.Contains("parent_in_prison", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_the_shipped_list_When_read_Then_every_situation_has_help_in_plain_words()
    {
        foreach (var need in SupportNeeds.Known)
            Assert.Contains(Shipped.Entries, e => e.For == need);
        Assert.All(Shipped.Entries, e => Assert.DoesNotMatch(@"\byou\b", e.What));
    }
}
