namespace LifeStory.Cases.Model;

/// <summary>Everything we know about one child, as read from their case folder's case.yaml.</summary>
public sealed record Case(
    [Describe("The child this case is about.")] Child Child,
    [Describe("People who matter in the child's life.")] IReadOnlyList<Person>? People = null,
    [Describe("Places the child has lived, oldest first.")] IReadOnlyList<Home>? Homes = null,
    [Describe("Nurseries, schools and colleges.")] IReadOnlyList<School>? Schools = null,
    [Describe("Things that happened, for the timeline.")] IReadOnlyList<TimelineEvent>? Timeline = null,
    [Describe("Photos in the photos folder, with captions.")] IReadOnlyList<Photo>? Photos = null,
    [Describe("Things the child said or wrote, in their own words.")] IReadOnlyList<ChildWords>? MyWords = null,
    [Describe("The child's drawings in the drawings folder.")] IReadOnlyList<Drawing>? Drawings = null,
    [Describe("Parts of the story written by the social worker, in Markdown.")] IReadOnlyList<StorySection>? Story = null,
    [Describe("Review meetings, for the letters to the child.")] IReadOnlyList<Review>? Reviews = null,
    [Describe("Choices about the book: title, voice, theme.")] BookSettings? Book = null,
    [Describe("Words and Pictures pages: who is worried, what about, what happened then, what the grown-ups are doing.")] IReadOnlyList<WordsAndPicturesPage>? WordsAndPictures = null,
    [Describe("A letter for the child to read when they are older, which tells the fuller story.")] LaterLifeLetter? LaterLifeLetter = null,
    [Describe("Who sees what, beyond hidden_from: how hidden people are referred to, and details birth parents may see.")] Privacy? Privacy = null,
    [Describe("Child protection conferences, for the outcome letter to the child, the parents' summary and the full record.")] IReadOnlyList<Conference>? Conferences = null,
    [Describe("The young person's pathway plan from 16, written with them and in their own words.")] PathwayPlan? PathwayPlan = null)
{
    public IReadOnlyList<Person> People { get; init; } = People ?? [];
    public IReadOnlyList<Home> Homes { get; init; } = Homes ?? [];
    public IReadOnlyList<School> Schools { get; init; } = Schools ?? [];
    public IReadOnlyList<TimelineEvent> Timeline { get; init; } = Timeline ?? [];
    public IReadOnlyList<Photo> Photos { get; init; } = Photos ?? [];
    public IReadOnlyList<ChildWords> MyWords { get; init; } = MyWords ?? [];
    public IReadOnlyList<Drawing> Drawings { get; init; } = Drawings ?? [];
    public IReadOnlyList<StorySection> Story { get; init; } = Story ?? [];
    public IReadOnlyList<Review> Reviews { get; init; } = Reviews ?? [];
    public BookSettings Book { get; init; } = Book ?? BookSettings.Default;
    public IReadOnlyList<WordsAndPicturesPage> WordsAndPictures { get; init; } = WordsAndPictures ?? [];
    public Privacy Privacy { get; init; } = Privacy ?? Privacy.Default;
    public IReadOnlyList<Conference> Conferences { get; init; } = Conferences ?? [];
}
