using System.Diagnostics;
using System.Globalization;
using System.Text;
using LifeStory.Tests.Documents.Markdown;
using LifeStory.Fuzz;
using LifeStory.Tests.Support;
using Xunit.Abstractions;

namespace LifeStory.Tests.Fuzzing;

/// <summary>
/// The fuzzing harness, run for a bounded time in every test run: seeds from 0 upwards (so each run repeats the
/// last run's inputs first, then goes further as far as its time allows), each input through the case loader,
/// the Markdown reader, layout and drawing. Longer hunts: LIFESTORY_FUZZ_SECONDS=600 and LIFESTORY_FUZZ_FIRST_SEED.
/// Every crash found is kept in <see cref="FuzzRegressionTests"/>.
/// </summary>
public sealed class FuzzRunTests(ITestOutputHelper output, FuzzRunTests.Folders folders) : IClassFixture<FuzzRunTests.Folders>
{
    /// <summary>Longer than any input should take: an input that hangs fails with its seed instead of stalling the run.</summary>
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(30);

    private static double Seconds => double.TryParse(Environment.GetEnvironmentVariable("LIFESTORY_FUZZ_SECONDS"), CultureInfo.InvariantCulture, out var s) ? s : 3;

    private static int FirstSeed => int.TryParse(Environment.GetEnvironmentVariable("LIFESTORY_FUZZ_FIRST_SEED"), CultureInfo.InvariantCulture, out var s) ? s : 0;

    [Fact]
    public void Given_hostile_case_files_for_a_few_seconds_When_loaded_and_made_into_books_Then_none_crashes()
    {
        var baseCase = File.ReadAllText(Path.Combine(Repo.Sample("maisie"), "case.yaml"));
        var tried = Hunt("case.yaml", seed =>
        {
            var bytes = new CaseYamlFuzzer(baseCase, seed).Generate();
            // One in eight that loads is made into a whole book: the loader is fast, a book is not.
            return (() => FuzzTargets.CaseYaml(bytes, folders.Case, makeBook: seed % 8 == 0), () => Encoding.UTF8.GetString(bytes));
        });
        Assert.True(tried > 0);
    }

    [Fact]
    public void Given_hostile_Markdown_for_a_few_seconds_When_read_laid_out_and_drawn_Then_none_crashes()
    {
        var tried = Hunt("Markdown", seed =>
        {
            var markdown = MarkdownFuzzer.Generate(seed);
            return (() => FuzzTargets.Markdown(markdown, folders.Pictures.Pictures), () => markdown);
        });
        Assert.True(tried > 0);
    }

    private int Hunt(string what, Func<int, (Action Run, Func<string> Input)> make)
    {
        var clock = Stopwatch.StartNew();
        var seed = FirstSeed;
        var failures = new List<string>();
        var slowest = (Seed: -1, Ms: 0.0);
        while (clock.Elapsed.TotalSeconds < Seconds && failures.Count < 5)
        {
            var (run, input) = make(seed);
            var started = clock.Elapsed;
            var work = Task.Run(run);
            if (!work.Wait(Hang)) failures.Add(Report(what, seed, $"did not finish within {Hang.TotalSeconds:0} s", input(), null));
            else if (work.Exception is { } failure) failures.Add(Report(what, seed, "crashed", input(), failure.InnerException ?? failure));
            var ms = (clock.Elapsed - started).TotalMilliseconds;
            if (ms > slowest.Ms) slowest = (seed, ms);
            seed++;
        }
        var tried = seed - FirstSeed;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: {tried} hostile inputs (seeds {FirstSeed}–{seed - 1}) in {clock.Elapsed.TotalSeconds:0.0} s; slowest seed {slowest.Seed}, {slowest.Ms:0} ms; {failures.Count} failed."));
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        return tried;
    }

    private static string Report(string what, int seed, string how, string input, Exception? exception) =>
        $"{what} seed {seed} {how}. Keep it in FuzzRegressionTests as:\n{HostileMarkdownTests.Literal(input.Length > 4000 ? input[..4000] : input)}\n{exception}";

    /// <summary>A copy of Maisie's case to make books in, and a folder with one real picture for Markdown.</summary>
    public sealed class Folders : IDisposable
    {
        private readonly TempFolder _temp = new();

        public Folders()
        {
            Case = _temp.CopyOf(Repo.Sample("maisie"));
            Pictures = new HostileMarkdownTests.PictureFolder();
        }

        public string Case { get; }

        public HostileMarkdownTests.PictureFolder Pictures { get; }

        public void Dispose()
        {
            Pictures.Dispose();
            _temp.Dispose();
        }
    }
}
