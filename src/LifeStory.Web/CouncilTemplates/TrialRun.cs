using LifeStory.Cases.Model;
using LifeStory.Checking;
using LifeStory.Pipeline;

namespace LifeStory.Web.CouncilTemplates;

/// <summary>One document a template set was tried on: a sample child, a product, a reader, and what came of it.</summary>
public sealed record TrialRun(string Sample, Product Product, Audience Reader, int Pages, IReadOnlyList<Finding> Findings)
{
    public bool Made => Pages > 0 && !Findings.Any(f => f.IsError);
}
