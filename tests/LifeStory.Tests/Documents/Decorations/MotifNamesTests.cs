using LifeStory.Documents.Decorations;

namespace LifeStory.Tests.Documents.Decorations;

public sealed class MotifNamesTests
{
    [Theory]
    [InlineData("rabbit", Motif.Rabbit)]
    [InlineData("rabbits", Motif.Rabbit)]
    [InlineData("Rabbits", Motif.Rabbit)]
    [InlineData("bunny", Motif.Rabbit)]
    [InlineData("bunnies", Motif.Rabbit)]
    [InlineData("my rabbit", Motif.Rabbit)]
    [InlineData("  My RABBIT!  ", Motif.Rabbit)]
    [InlineData("my pet bunny rabbit", Motif.Rabbit)]
    [InlineData("dinosaurs", Motif.Dinosaur)]
    [InlineData("T-rex", Motif.Dinosaur)]
    [InlineData("t rex", Motif.Dinosaur)]
    [InlineData("TREX", Motif.Dinosaur)]
    [InlineData("dino", Motif.Dinosaur)]
    [InlineData("stegosaurus", Motif.Dinosaur)]
    [InlineData("space", Motif.Rocket)]
    [InlineData("rockets", Motif.Rocket)]
    [InlineData("outer space", Motif.Rocket)]
    [InlineData("astronauts", Motif.Rocket)]
    [InlineData("footy", Motif.Football)]
    [InlineData("soccer", Motif.Football)]
    [InlineData("Football.", Motif.Football)]
    [InlineData("playing football", Motif.Football)]
    [InlineData("horses", Motif.Unicorn)]
    [InlineData("unicorns", Motif.Unicorn)]
    [InlineData("ponies", Motif.Unicorn)]
    [InlineData("kitten", Motif.Cat)]
    [InlineData("kittens", Motif.Cat)]
    [InlineData("cats", Motif.Cat)]
    [InlineData("puppy", Motif.Dog)]
    [InlineData("puppies", Motif.Dog)]
    [InlineData("I love my dog", Motif.Dog)]
    [InlineData("stars", Motif.Star)]
    [InlineData("love hearts", Motif.Heart)]
    [InlineData("flowers", Motif.Flower)]
    [InlineData("sunflowers", Motif.Flower)]
    [InlineData("daisies", Motif.Flower)]
    [InlineData("butterflies", Motif.Butterfly)]
    [InlineData("fishes", Motif.Fish)]
    [InlineData("sharks", Motif.Fish)]
    [InlineData("under the sea", Motif.Fish)]
    [InlineData("rainbows", Motif.Rainbow)]
    [InlineData("trees", Motif.Tree)]
    [InlineData("climbing trees", Motif.Tree)]
    [InlineData("teddy bear", Motif.Bear)]
    [InlineData("my teddy", Motif.Bear)]
    [InlineData("owls", Motif.Owl)]
    [InlineData("racing cars", Motif.Car)]
    [InlineData("sunshine", Motif.Sun)]
    [InlineData("rabbits and dogs", Motif.Rabbit)]
    [InlineData("dogs and rabbits", Motif.Dog)]
    [InlineData("my pink unicorn", Motif.Unicorn)]
    [InlineData("teddy's", Motif.Bear)]
    public void Given_a_childs_words_When_looked_up_Then_the_motif_they_mean_is_found(string words, Motif expected)
    {
        Assert.Equal(expected, MotifNames.Find(words));
    }

    [Theory]
    [InlineData("dinasaur", Motif.Dinosaur)]
    [InlineData("dinosor", Motif.Dinosaur)]
    [InlineData("unicorm", Motif.Unicorn)]
    [InlineData("footbal", Motif.Football)]
    [InlineData("butterfy", Motif.Butterfly)]
    [InlineData("rainbw", Motif.Rainbow)]
    public void Given_a_long_name_spelt_a_little_wrong_When_looked_up_Then_it_is_still_found(string words, Motif expected)
    {
        Assert.Equal(expected, MotifNames.Find(words));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!!")]
    [InlineData("spreadsheets")]
    [InlineData("house")]
    [InlineData("pocket")]
    [InlineData("my favourite")]
    [InlineData("I like pink")]
    [InlineData("homework")]
    [InlineData("diving")]
    public void Given_words_that_name_nothing_we_draw_When_looked_up_Then_there_is_no_motif(string? words)
    {
        Assert.Null(MotifNames.Find(words));
    }

    [Fact]
    public void Given_every_favourite_motif_When_its_own_name_and_listed_words_are_looked_up_Then_each_finds_that_motif()
    {
        Assert.Equal(20, Enum.GetValues<Motif>().Count(MotifNames.IsFavourite));
        foreach (var motif in Enum.GetValues<Motif>().Where(MotifNames.IsFavourite))
        {
            Assert.Equal(motif, MotifNames.Find(motif.ToString()));
            Assert.Equal(motif, MotifNames.Find(motif.ToString().ToUpperInvariant() + "S"));
            var words = MotifNames.Of(motif);
            Assert.NotEmpty(words);
            Assert.All(words, w => Assert.Equal(motif, MotifNames.Find(w)));
        }
    }

    [Theory]
    [InlineData(Motif.House)]
    [InlineData(Motif.School)]
    [InlineData(Motif.Calendar)]
    [InlineData(Motif.Meeting)]
    [InlineData(Motif.Plan)]
    [InlineData(Motif.Speech)]
    public void Given_a_picture_for_an_idea_Then_no_child_can_choose_it_but_a_template_can_name_it(Motif idea)
    {
        Assert.False(MotifNames.IsFavourite(idea));
        Assert.Null(MotifNames.Find(idea.ToString()));
        Assert.Equal(idea, MotifNames.Named(idea.ToString().ToLowerInvariant()));
    }

    [Theory]
    [InlineData("sad face", Motif.SadFace)]
    [InlineData("happy-face", Motif.HappyFace)]
    [InlineData(" Calendar ", Motif.Calendar)]
    public void Given_a_motifs_own_name_written_as_words_When_named_Then_it_is_found(string name, Motif expected)
    {
        Assert.Equal(expected, MotifNames.Named(name));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("bunny")]
    [InlineData("99")]
    [InlineData("housee")]
    public void Given_anything_but_a_motifs_own_name_When_named_Then_there_is_none(string? name)
    {
        Assert.Null(MotifNames.Named(name));
    }
}
