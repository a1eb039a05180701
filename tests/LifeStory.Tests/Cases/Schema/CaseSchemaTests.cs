using System.Text.Json;
using LifeStory.Cases.Schema;

namespace LifeStory.Tests.Cases.Schema;

public sealed class CaseSchemaTests
{
    private const string Committed = "samples/case.schema.json";
    private const string Received = "samples/case.schema.received.json";

    [Fact]
    public void GivenTheCaseModel_WhenTheSchemaIsGenerated_ThenItMatchesTheCommittedFile()
    {
        var root = RepositoryRoot();
        var generated = CaseSchema.Generate();
        var committedPath = Path.Combine(root, Committed);
        var committed = File.Exists(committedPath) ? File.ReadAllText(committedPath) : "";
        var receivedPath = Path.Combine(root, Received);

        if (committed != generated)
        {
            File.WriteAllText(receivedPath, generated);
            Assert.Fail($"{Committed} is out of date with the case model. The new schema is in {Received}. " +
                $"If the change is intended, approve it with: mv {Received} {Committed}");
        }
        File.Delete(receivedPath);
    }

    [Fact]
    public void GivenTheSchema_WhenGeneratedTwice_ThenTheTextIsIdenticalAndUsesLfOnly()
    {
        var first = CaseSchema.Generate();

        Assert.Equal(first, CaseSchema.Generate());
        Assert.DoesNotContain('\r', first);
        Assert.EndsWith("}\n", first);
    }

    [Fact]
    public void GivenTheSchema_WhenRead_ThenItDescribesFieldsAsTheLoaderNamesThem()
    {
        using var doc = JsonDocument.Parse(CaseSchema.Generate());
        var root = doc.RootElement;
        var defs = root.GetProperty("$defs");
        var child = defs.GetProperty("Child");

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", root.GetProperty("$schema").GetString());
        Assert.Equal(["child"], root.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.False(root.GetProperty("additionalProperties").GetBoolean());
        Assert.Equal("#/$defs/Child", root.GetProperty("properties").GetProperty("child").GetProperty("$ref").GetString());
        Assert.Equal(["legal_name", "preferred_name", "date_of_birth", "pronouns", "first_language"],
            child.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("date", child.GetProperty("properties").GetProperty("date_of_birth").GetProperty("format").GetString());
        Assert.Equal("Date of birth, as 2018-05-14.",
            child.GetProperty("properties").GetProperty("date_of_birth").GetProperty("description").GetString());
        Assert.Equal(["birth_family", "foster", "adoptive", "childrens_home", "special_guardianship", "other"],
            defs.GetProperty("HomeKind").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.StartsWith("birth_family: Living with birth family.\nfoster: A foster family's home.",
            defs.GetProperty("HomeKind").GetProperty("description").GetString());
        Assert.Equal("third_person", defs.GetProperty("BookSettings").GetProperty("properties").GetProperty("voice").GetProperty("default").GetString());
        Assert.Equal(["bereavement", "parent_in_prison", "seeking_asylum"],
            defs.GetProperty("Situation").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(2, defs.GetProperty("PrivateText").GetProperty("oneOf").GetArrayLength());
        Assert.Equal("array", defs.GetProperty("Home").GetProperty("properties").GetProperty("people").GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("2019", true)]
    [InlineData("2019-06", true)]
    [InlineData("about 2019-06-12", true)]
    [InlineData("2019-13", false)]
    [InlineData("June 2019", false)]
    public void GivenThePartialDatePattern_WhenMatched_ThenItAgreesWithTheLoader(string text, bool valid)
    {
        var matches = System.Text.RegularExpressions.Regex.IsMatch(text, CaseSchema.PartialDatePattern);

        Assert.Equal(valid, matches);
        Assert.Equal(valid, LifeStory.Cases.Model.PartialDate.TryParse(text, out _));
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "LifeStory.sln"))) return dir.FullName;
        throw new InvalidOperationException("Could not find LifeStory.sln above " + AppContext.BaseDirectory);
    }
}
