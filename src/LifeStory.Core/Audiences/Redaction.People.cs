using LifeStory.Cases.Model;

namespace LifeStory.Audiences;

internal sealed partial class Redaction
{
    /// <summary>Words in names that name nobody in particular, so finding them in text is no leak.</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mum", "Mummy", "Mam", "Mom", "Dad", "Daddy", "Nan", "Nana", "Nanna", "Gran", "Granny", "Grandma", "Grandad", "Grandpa",
        "Auntie", "Aunty", "Aunt", "Uncle", "Cousin", "Sister", "Brother", "Baby", "Big", "Little", "Miss", "Mr", "Mrs", "Ms", "Mx",
        "Dr", "Sir", "The", "And", "Of", "My", "Your", "House", "Home", "Flat", "School", "Primary", "Secondary", "Academy", "Nursery",
        "College", "High", "Junior", "Infant", "Infants", "Church", "St", "Saint", "Community", "CE", "RC", "C", "E", "Road", "Street",
        "Lane", "Close", "Avenue", "Court", "Terrace", "Drive", "Way", "Place", "Foster", "Family", "Children's", "Childrens",
    };

    private List<Person> People()
    {
        var kept = new List<Person>();
        for (var i = 0; i < source.People.Count; i++)
        {
            var person = source.People[i];
            var path = $"people[{i}]";
            if (Hidden(person.HiddenFrom))
            {
                _removed.Add(path);
                Count("person");
                _namesLeftOut.Add(person.Name);
                _standIns[person.Id] = NeutralNames.For(person);
                NameTerms(person, $"the name of {person.Name}, who is hidden from {ReaderWords}", except: []);
                continue;
            }
            _visiblePeople.Add(person.Id);
            kept.Add(ForReader(person, path));
        }
        return kept;
    }

    /// <summary>The person under the name this reader may know: the case's name for this reader, or without the surname.</summary>
    private Person ForReader(Person person, string path)
    {
        if (person.ShownAs?.For(reader) is { Length: > 0 } alias)
        {
            _removed.Add(path + ".name");
            _removed.Add(path + ".known_as");
            _renamed++;
            NameTerms(person, $"the name of {person.Name}, who is shown to {ReaderWords} as \"{alias}\"", except: Words(alias));
            return person with { Name = alias, KnownAs = null };
        }
        var words = Words(person.Name);
        if (!SurnameHidden(person) || words.Length < 2) return person;
        var surname = words[^1];
        _removed.Add(path + ".name");
        _surnames++;
        _terms.Add(new HiddenTerm(surname, $"the surname of {person.Name}, which is kept from {ReaderWords}"));
        var knownAs = person.KnownAs;
        if (knownAs is not null && Words(knownAs).Contains(surname, StringComparer.Ordinal))
        {
            _removed.Add(path + ".known_as");
            knownAs = null;
        }
        return person with { Name = string.Join(' ', words[..^1]), KnownAs = knownAs };
    }

    private bool SurnameHidden(Person person)
    {
        if (person.SurnameHiddenFrom is { } chosen) return chosen.Contains(reader);
        return person.Group switch
        {
            PersonGroup.Carers => protect.Contains(ProtectedDetail.CarersSurnames),
            PersonGroup.AdoptiveFamily => protect.Contains(ProtectedDetail.AdoptersSurnames),
            _ => false,
        };
    }

    /// <summary>A hidden person's full name and known-as, and each word of them that could only be them.</summary>
    private void NameTerms(Person person, string what, string[] except)
    {
        foreach (var name in new[] { person.Name, person.KnownAs }.OfType<string>())
        {
            if (Words(name).Length > 1) _terms.Add(new HiddenTerm(name.Trim(), what));
            foreach (var word in Words(name).Where(w => IsNameWord(w) && !except.Contains(w, StringComparer.Ordinal)))
                _terms.Add(new HiddenTerm(word, what));
        }
    }

    private static bool IsNameWord(string word) => word.Length >= 2 && char.IsUpper(word[0]) && !NotNames.Contains(word.Trim('(', ')', ',', '.'));

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// Hidden terms that are not also names this reader sees: a hidden "Jo" cannot be told apart from a visible Jo,
    /// so it is no leak to print the visible one.
    /// </summary>
    private static List<HiddenTerm> Safe(IEnumerable<HiddenTerm> terms, Case visible)
    {
        var shown = visible.People.SelectMany(p => new[] { p.Name, p.KnownAs })
            .Concat(visible.Homes.SelectMany(h => new[] { h.Name, h.Town, h.Address?.Text }))
            .Concat(visible.Schools.Select(s => s.Name))
            .Append(visible.Child.PreferredName).Append(visible.Child.LegalName).Append(visible.Child.NameInFirstLanguage)
            .OfType<string>().ToList();
        var phrases = shown.Select(s => s.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var words = shown.SelectMany(Words).Select(w => w.Trim(',', '.', '(', ')')).ToHashSet(StringComparer.Ordinal);
        return terms.Where(t => t.Text.Contains(' ') ? !phrases.Contains(t.Text) : !words.Contains(t.Text)).ToList();
    }
}
