using LifeStory.Cases.Editing;
using LifeStory.Cases.Model;
using LifeStory.Cases.Schema;
using System.Text.Json.Nodes;

namespace LifeStory.Tests.Cases.Editing;

/// <summary>A list item's form comes from the model the schema comes from: every field, lists and records inside included.</summary>
public sealed class ItemFormFieldsTests
{
    [Fact]
    public void Given_a_person_When_the_form_is_made_Then_every_schema_field_is_there_and_records_inside_have_dotted_keys()
    {
        var schema = JsonNode.Parse(CaseSchema.Generate())!["$defs"]!["Person"]!;
        var fields = ItemFormFields.For(typeof(Person));

        var expected = schema["properties"]!.AsObject().SelectMany(p => p.Key == "shown_as"
            ? ["shown_as.child", "shown_as.carers", "shown_as.parents"]
            : new[] { p.Key });
        Assert.Equal(expected, fields.Select(f => f.Key));
        Assert.Equal(FormFieldKind.ChoiceList, fields.Single(f => f.Key == "hidden_from").Kind);
        Assert.Equal(["child", "carers", "parents", "record"], fields.Single(f => f.Key == "hidden_from").Choices);
        Assert.Equal("Shown as: parents", fields.Single(f => f.Key == "shown_as.parents").Label);
        Assert.Equal(schema["required"]!.AsArray().Select(r => r!.GetValue<string>()).Order(), fields.Where(f => f.Required).Select(f => f.Key).Order());
    }

    [Fact]
    public void Given_a_home_with_an_address_for_some_readers_When_read_for_the_form_Then_the_address_and_its_readers_are_two_fields()
    {
        var home = new Home("jo", "Jo's house", HomeKind.Foster, From("2021-09"), People: ["jo", "sam"],
            Address: new PrivateText("14 Willow Terrace", [Audience.Parents]));

        var values = ItemFormFields.ValuesOf(home);

        Assert.Equal("14 Willow Terrace", values["address.text"]);
        Assert.Equal("parents", values["address.hidden_from"]);
        Assert.Equal("jo, sam", values["people"]);
        Assert.Equal("2021-09", values["from"]);
        Assert.Equal(FormFieldKind.TextList, ItemFormFields.For(typeof(Home)).Single(f => f.Key == "people").Kind);
    }

    private static PartialDate From(string text) => PartialDate.TryParse(text, out var date) ? date! : throw new FormatException(text);
}
