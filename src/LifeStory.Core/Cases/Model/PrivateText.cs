namespace LifeStory.Cases.Model;

/// <summary>
/// A piece of text that can be hidden from some readers, such as the carers' address from birth parents.
/// In case.yaml it is either plain text or <c>{ text: ..., hidden_from: [parents] }</c>.
/// </summary>
public sealed record PrivateText(
    [Describe("The words themselves.")] string Text,
    [Describe("Readers who must never see this: child, carers or parents.")] IReadOnlyList<Audience> HiddenFrom);
