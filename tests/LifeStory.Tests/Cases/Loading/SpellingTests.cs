using LifeStory.Cases.Loading;

namespace LifeStory.Tests.Cases.Loading;

public sealed class SpellingTests
{
    [Theory]
    [InlineData("prefered_name", "preferred_name")]
    [InlineData("nmae", "name")]
    [InlineData("preferredName", "preferred_name")]
    [InlineData("Legal_Name", "legal_name")]
    public void GivenACommonSlip_WhenTheClosestIsFound_ThenItIsTheMeantField(string typed, string meant)
    {
        Assert.Equal(meant, Spelling.Closest(typed, ["name", "legal_name", "preferred_name", "date_of_birth"]));
    }

    [Theory]
    [InlineData("dob")]
    [InlineData("birthday")]
    public void GivenSomethingNotClose_WhenTheClosestIsFound_ThenThereIsNone(string typed)
    {
        Assert.Null(Spelling.Closest(typed, ["name", "legal_name", "preferred_name", "date_of_birth"]));
    }
}
