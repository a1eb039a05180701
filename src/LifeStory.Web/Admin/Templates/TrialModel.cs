using LifeStory.Cases.Model;
using LifeStory.Pipeline;
using LifeStory.Web.CouncilTemplates;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LifeStory.Web.Admin.Templates;

/// <summary>One template set tried on the sample children: every document's result, and any one of them page by page.</summary>
public sealed class TrialModel(TemplateSets sets) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Number { get; set; }

    [BindProperty(SupportsGet = true)] public string Sample { get; set; } = TemplateTrial.Samples[0];

    [BindProperty(SupportsGet = true)] public Product Product { get; set; } = Product.Book;

    [BindProperty(SupportsGet = true)] public Audience Reader { get; set; } = Audience.Child;

    public TemplateSet? Set { get; private set; }

    public bool Live { get; private set; }

    public IReadOnlyList<TrialRun> Runs { get; private set; } = [];

    public TrialRun? Shown => Runs.FirstOrDefault(r => r.Sample == Sample && r.Product == Product && r.Reader == Reader);

    public async Task<IActionResult> OnGetAsync()
    {
        var cancel = HttpContext.RequestAborted;
        Set = await sets.FindAsync(Number, cancel);
        if (Set is null || !TemplateTrial.Samples.Contains(Sample)) return NotFound();
        Live = await sets.LiveIdAsync(cancel) == Set.Id;
        Runs = await sets.TrialAsync(Set, cancel);
        return Page();
    }

    public async Task<IActionResult> OnGetPageAsync(int at)
    {
        var cancel = HttpContext.RequestAborted;
        var set = await sets.FindAsync(Number, cancel);
        if (set is null || !TemplateTrial.Samples.Contains(Sample)) return NotFound();
        var pages = await sets.PagesAsync(set, Sample, Product, Reader, cancel);
        return at >= 1 && at <= pages.Count ? File(pages[at - 1], "image/png") : NotFound();
    }

    public static string Describe(Product product) => product switch
    {
        Product.Book => "Life-story book",
        Product.Minutes => "Review letter",
        Product.Conference => "Child protection conference outcome",
        Product.PathwayPlan => "Pathway plan",
        _ => "Later-life letter",
    };
}
