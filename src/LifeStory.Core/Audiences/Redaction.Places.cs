using LifeStory.Cases.Model;

namespace LifeStory.Audiences;

internal sealed partial class Redaction
{
    private List<Home> Homes()
    {
        var kept = new List<Home>();
        for (var i = 0; i < source.Homes.Count; i++)
        {
            var home = source.Homes[i];
            var path = $"homes[{i}]";
            if (Hidden(home.HiddenFrom))
            {
                _removed.Add(path);
                Count("home");
                var what = $"the home \"{home.Name}\", which is hidden from {ReaderWords}";
                _terms.Add(new HiddenTerm(home.Name.Trim(), what));
                if (home.Town is { } town) _terms.Add(new HiddenTerm(town.Trim(), what));
                if (home.Address is { } address) AddressTerms(address.Text, what);
                continue;
            }
            var visible = home with { People = home.People.Where(_visiblePeople.Contains).ToList() };
            if (home.Address is { } a && !AddressVisible(a))
            {
                _removed.Add(path + ".address");
                Count("address");
                AddressTerms(a.Text, $"the address of \"{home.Name}\", which is kept from {ReaderWords}");
                visible = visible with { Address = null };
            }
            if (home.Town is { } t && reader == Audience.Parents && home.Kind == HomeKind.Adoptive && protect.Contains(ProtectedDetail.AdoptersTowns))
            {
                _removed.Add(path + ".town");
                Count("town");
                _terms.Add(new HiddenTerm(t.Trim(), $"the town of the adoptive home \"{home.Name}\", which is kept from parents"));
                visible = visible with { Town = null };
            }
            kept.Add(visible);
        }
        return kept;
    }

    /// <summary>Addresses are private from birth parents unless the case says who they are hidden from.</summary>
    private bool AddressVisible(PrivateText address) =>
        address.HiddenFrom.Count == 0 ? reader != Audience.Parents : !address.HiddenFrom.Contains(reader);

    /// <summary>The whole address, and its first line ("14 Willow Terrace") which finds it written on its own.</summary>
    private void AddressTerms(string address, string what)
    {
        _terms.Add(new HiddenTerm(address.Trim(), what));
        var firstLine = address.Split(',', '\n')[0].Trim();
        if (firstLine.Length > 0 && firstLine != address.Trim()) _terms.Add(new HiddenTerm(firstLine, what));
    }

    private List<School> Schools()
    {
        var kept = new List<School>();
        for (var i = 0; i < source.Schools.Count; i++)
        {
            var school = source.Schools[i];
            var adopters = reader == Audience.Parents && protect.Contains(ProtectedDetail.AdoptersSchools) && WhileAdopted(school);
            if (!Hidden(school.HiddenFrom) && !adopters) { kept.Add(school); continue; }
            _removed.Add($"schools[{i}]");
            Count("school");
            var what = adopters
                ? $"the school \"{school.Name}\", which the child went to while living with adopters and is kept from parents"
                : $"the school \"{school.Name}\", which is hidden from {ReaderWords}";
            _terms.Add(new HiddenTerm(school.Name.Trim(), what));
            foreach (var word in Words(school.Name).Where(IsNameWord)) _terms.Add(new HiddenTerm(word, what));
        }
        return kept;
    }

    /// <summary>The child went to this school while living in an adoptive home: its name would say where they live.</summary>
    private bool WhileAdopted(School school) => source.Homes.Where(h => h.Kind == HomeKind.Adoptive)
        .Any(h => (h.To is null || school.From.CompareTo(h.To) < 0) && (school.To is null || h.From.CompareTo(school.To) < 0));
}
