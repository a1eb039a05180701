namespace LifeStory.Cases.Model;

/// <summary>A worry, written so a child can understand it: who is worried, about what, and what we hope for instead.</summary>
public sealed record Worry(
    [Describe("What people are worried about, in plain words.")] string What,
    [Describe("Ids of the people who are worried.")] IReadOnlyList<string>? WhoIsWorried = null,
    [Describe("What could happen if nothing changes.")] string? WhatCouldHappen = null,
    [Describe("What everyone hopes will be true instead (the safety goal).")] string? SafetyGoal = null,
    [Describe("Readers who must never see this worry: child, carers or parents.")] IReadOnlyList<Audience>? HiddenFrom = null)
{
    public IReadOnlyList<string> WhoIsWorried { get; init; } = WhoIsWorried ?? [];
    public IReadOnlyList<Audience> HiddenFrom { get; init; } = HiddenFrom ?? [];
}
