namespace LifeStory.Web.Tests.Support;

/// <summary>Tests sharing the seeded apps run one class at a time (the machine has two cores, the pipeline wants both).</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<SharedHosts>
{
    public const string Name = "web";
}
