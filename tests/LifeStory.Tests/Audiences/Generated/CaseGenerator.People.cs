using LifeStory.Cases.Model;

namespace LifeStory.Tests.Audiences.Generated;

internal sealed partial class CaseGenerator
{
    private static readonly (string Group, string[] Relationships)[] Groups =
    [
        ("birth_family", ["my birth mum", "my birth dad", "my nan", "my auntie"]),
        ("brothers_and_sisters", ["my big brother", "my little sister"]),
        ("carers", ["my foster carer", "my key worker"]),
        ("adoptive_family", ["my mummy", "my daddy"]),
        ("special_guardians", ["my nan", "my auntie"]),
        ("social_worker", ["my social worker"]),
        ("iro", ["the person who runs my meetings"]),
        ("others", ["my teacher", "my advocate", "my football coach", "my therapist", "my personal adviser"]),
    ];

    private void PreparePhotos()
    {
        var count = random.Next(0, 5);
        for (var i = 0; i < count; i++)
            _photos.Add(new GenPhoto(markers.NextId(), $"photos/p{i}.png", HiddenFrom(0.2), markers.Next()));
        _ids.AddRange(_photos.Select(p => p.Id));
    }

    private void People()
    {
        Line("people:");
        var count = random.Next(3, 9);
        for (var i = 0; i < count; i++)
        {
            var (group, relationships) = Pick(Groups);
            var person = new GenPerson(markers.NextId(), markers.Next(), markers.Next(), Chance(0.3) ? markers.Next() : null, group);
            _people.Add(person);
            _ids.Add(person.Id);
            Line($"  - id: {person.Id}");
            Line($"    name: {Q(person.First + " " + person.Surname)}");
            Line($"    relationship: {Q(Pick(relationships))}");
            Line($"    group: {group}");
            if (person.Known is not null) Line($"    known_as: {Q(person.Known)}");
            // Some birth parents need easy read, so the parents' easy-read letter greets them: chosen from the name,
            // not the random stream, so every other generated value stays as it was for each seed.
            if (group == "birth_family" && person.First[^1] < 'n') Line("    needs: [easy_read]");
            if (_photos.Count > 0 && Chance(0.4)) Line($"    photo: {Pick(_photos).Id}");
            if (Chance(0.3)) Line($"    about: {Q(markers.Next() + " is kind.")}");
            var hidden = HiddenFrom();
            if (hidden.Count > 0) Line($"    hidden_from: {List(hidden)}");
            Hide(hidden, person.First, person.Surname, person.Known);

            // Another name for one reader: that reader never sees the person's own names.
            if (Chance(0.1))
            {
                var reader = Pick(Readers);
                Line($"    shown_as: {{ {reader.ToString().ToLowerInvariant()}: {Q(markers.Next() + "'s grown-up")} }}");
                Hide([reader], person.First, person.Surname, person.Known);
            }
            // A surname kept from some readers: chosen for this person, or the default for carers and adopters.
            List<Audience> surnameFrom;
            if (Chance(0.15))
            {
                surnameFrom = HiddenFrom(0.4);
                Line($"    surname_hidden_from: {List(surnameFrom)}");
            }
            else surnameFrom = group is "carers" or "adoptive_family" ? [Audience.Parents] : [];
            Hide(surnameFrom, person.Surname);
        }
    }

    private string? SomeoneId() => _people.Count == 0 ? null : Pick(_people).Id;

    /// <summary>A person's first name said in free text, as a worker would write it.</summary>
    private string Mention() => Chance(0.25) && _people.Count > 0 ? " " + Pick(_people).First + " helped." : "";

    private void Homes()
    {
        Line("homes:");
        var count = random.Next(1, 4);
        var from = _born;
        for (var i = 0; i < count; i++)
        {
            var last = i == count - 1;
            var to = last ? (DateOnly?)null : DateBetween(from.AddDays(30), from.AddDays(30 + Math.Max(31, (Today.DayNumber - from.DayNumber) / (count - i))));
            if (to is { } t && t >= Today) to = null;
            var kind = Pick(["birth_family", "foster", "adoptive", "childrens_home", "special_guardianship"]);
            var (name, town) = (markers.Next(), markers.Next());
            var id = markers.NextId();
            _ids.Add(id);
            Line($"  - id: {id}");
            Line($"    name: {Q(name + " house")}");
            Line($"    kind: {kind}");
            Line($"    from: {D(from)}");
            if (to is not null) Line($"    to: {D(to.Value)}");
            var people = Some(_people, 0.3).Select(p => p.Id).ToList();
            if (people.Count > 0) Line($"    people: [{string.Join(", ", people)}]");
            Line($"    town: {Q(town)}");
            var hidden = HiddenFrom(0.15);
            if (hidden.Count > 0) Line($"    hidden_from: {List(hidden)}");
            Hide(hidden, name, town);
            if (Chance(0.6))
            {
                var street = markers.Next();
                var address = $"{random.Next(1, 99)} {street} Road";
                if (Chance(0.3))
                {
                    var addressFrom = HiddenFrom(0.5);
                    Line($"    address: {{ text: {Q(address)}, hidden_from: {List(addressFrom)} }}");
                    Hide(addressFrom.Count == 0 ? [Audience.Parents] : addressFrom, street);
                }
                else
                {
                    Line($"    address: {Q(address)}");
                    Hide([Audience.Parents], street);
                }
                Hide(hidden, street);
            }
            if (kind == "adoptive")
            {
                _adoptiveHomes.Add((from, to));
                Hide([Audience.Parents], town);
            }
            if (to is null) break;
            from = to.Value;
        }
    }

    private void Schools()
    {
        var count = random.Next(0, 3);
        if (count == 0) return;
        Line("schools:");
        for (var i = 0; i < count; i++)
        {
            var name = markers.Next();
            var from = DateBetween(_born.AddYears(2) < Today ? _born.AddYears(2) : _born, Today);
            var id = markers.NextId();
            _ids.Add(id);
            Line($"  - id: {id}");
            Line($"    name: {Q(name + " Primary School")}");
            Line($"    from: {D(from)}");
            var hidden = HiddenFrom(0.2);
            if (hidden.Count > 0) Line($"    hidden_from: {List(hidden)}");
            Hide(hidden, name);
            // A school the child went to while living with adopters would tell birth parents where they live.
            if (_adoptiveHomes.Any(h => h.To is null || from < h.To)) Hide([Audience.Parents], name);
        }
    }
}
