namespace LifeStory.Cases.Model;

/// <summary>
/// Plain-English help for a case field. The same words appear in the JSON Schema (so an editor shows
/// them on hover), in the commented case folder that <c>lifestory new</c> writes, and in error messages.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Class | AttributeTargets.Field)]
public sealed class DescribeAttribute(string text) : Attribute
{
    public string Text { get; } = text;
}
