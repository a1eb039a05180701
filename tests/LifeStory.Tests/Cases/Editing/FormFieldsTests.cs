using LifeStory.Cases.Editing;
using LifeStory.Cases.Model;
using LifeStory.Cases.Schema;
using System.Text.Json.Nodes;

namespace LifeStory.Tests.Cases.Editing;

/// <summary>The form is generated from the model the schema is generated from: the same fields, help and choices.</summary>
public sealed class FormFieldsTests
{
    [Fact]
    public void Given_the_child_record_When_its_form_is_made_Then_every_single_value_field_of_the_schema_is_there_with_the_schemas_help()
    {
        var schema = JsonNode.Parse(CaseSchema.Generate())!["$defs"]!["Child"]!;
        var fields = FormFields.For(typeof(Child));

        var singleValues = schema["properties"]!.AsObject()
            .Where(p => p.Value!["type"]?.GetValue<string>() != "array")
            .Select(p => p.Key).ToList();
        Assert.Equal(singleValues, fields.Select(f => f.Key).ToList());
        foreach (var field in fields) Assert.Equal(schema["properties"]![field.Key]!["description"]!.GetValue<string>(), field.Help);
        Assert.Equal(schema["required"]!.AsArray().Select(r => r!.GetValue<string>()).Order(), fields.Where(f => f.Required).Select(f => f.Key).Order());
    }

    [Fact]
    public void Given_book_settings_When_the_form_is_made_Then_the_voice_offers_exactly_the_loaders_choices()
    {
        var voice = FormFields.For(typeof(BookSettings)).Single(f => f.Key == "voice");

        Assert.Equal(FormFieldKind.Choice, voice.Kind);
        Assert.Equal(["third_person", "you"], voice.Choices);
        Assert.Equal("Voice", voice.Label);
    }
}
