namespace LifeStory.Cases.Model;

/// <summary>One goal in a pathway plan: the young person's words first, then what they need and who will help.</summary>
public sealed record PathwayGoal(
    [Describe("education, work, home, health, money or relationships.")] PathwayArea Area,
    [Describe("The goal in the young person's own words, exactly as they said it.")] string? InMyWords = null,
    [Describe("What the young person needs to get there, in plain words.")] string? WhatINeed = null,
    [Describe("Who will help and by when: a list of { what: ..., who: id (or child), by: 2027-03 }.")] IReadOnlyList<Decision>? Help = null,
    [Describe("Readers who must never see this goal: child, carers or parents.")] IReadOnlyList<Audience>? HiddenFrom = null)
{
    public IReadOnlyList<Decision> Help { get; init; } = Help ?? [];
    public IReadOnlyList<Audience> HiddenFrom { get; init; } = HiddenFrom ?? [];
}
