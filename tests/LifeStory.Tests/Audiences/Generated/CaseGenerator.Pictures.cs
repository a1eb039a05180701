using LifeStory.Cases.Model;

namespace LifeStory.Tests.Audiences.Generated;

internal sealed partial class CaseGenerator
{
    private static readonly string[] Parts = ["who_is_worried", "what_they_were_worried_about", "what_happened_then", "what_the_grown_ups_are_doing"];

    private void Photos()
    {
        if (_photos.Count == 0) return;
        Line("photos:");
        foreach (var photo in _photos)
        {
            Line($"  - id: {photo.Id}");
            Line($"    file: {photo.File}");
            Line($"    caption: {Q(photo.Caption + " in the park")}");
            Line($"    date: {D(DateBetween(_born, Today))}");
            var people = Some(_people, 0.3).Select(p => p.Id).ToList();
            if (people.Count > 0) Line($"    people: [{string.Join(", ", people)}]");
            if (photo.HiddenFrom.Count > 0) Line($"    hidden_from: {List(photo.HiddenFrom)}");
            Hide(photo.HiddenFrom, photo.Caption);
        }
    }

    private void Timeline()
    {
        var count = random.Next(0, 4);
        if (count == 0) return;
        Line("timeline:");
        for (var i = 0; i < count; i++)
        {
            var (title, words) = (markers.Next(), markers.Next());
            Line($"  - date: {D(DateBetween(_born.AddDays(1), Today))}");
            Line($"    title: {Q(title + " day")}");
            Line($"    words: {Q(words + " happened." + Mention())}");
            if (_photos.Count > 0 && Chance(0.4)) Line($"    photos: [{Pick(_photos).Id}]");
            var hidden = HiddenFrom(0.2);
            if (hidden.Count > 0) Line($"    hidden_from: {List(hidden)}");
            Hide(hidden, title, words);
        }
    }

    private void Drawings()
    {
        var count = random.Next(0, 4);
        var drawings = new List<(string Id, string Title, string Words, List<Audience> Hidden)>();
        if (count > 0) Line("drawings:");
        for (var i = 0; i < count; i++)
        {
            var drawing = (markers.NextId(), markers.Next(), markers.Next(), HiddenFrom(0.2));
            drawings.Add(drawing);
            _ids.Add(drawing.Item1);
            var file = $"drawings/d{i}.png";
            _drawingFiles.Add(file);
            Line($"  - id: {drawing.Item1}");
            Line($"    file: {file}");
            Line($"    title: {Q(drawing.Item2 + " picture")}");
            Line($"    words: {Q(drawing.Item3 + " is in it.")}");
            if (drawing.Item4.Count > 0) Line($"    hidden_from: {List(drawing.Item4)}");
        }
        var pages = Parts.Where(_ => Chance(0.4)).Select(part => (Part: part, Words: markers.Next(),
            Drawing: drawings.Count > 0 && Chance(0.7) ? Pick(drawings).Item1 : null, Hidden: HiddenFrom(0.25))).ToList();
        if (pages.Count > 0)
        {
            Line("words_and_pictures:");
            foreach (var page in pages)
            {
                Line($"  - part: {page.Part}");
                Line($"    words: {Q(page.Words + " were worried.")}");
                if (page.Drawing is not null) Line($"    drawing: {page.Drawing}");
                if (page.Hidden.Count > 0) Line($"    hidden_from: {List(page.Hidden)}");
                Hide(page.Hidden, page.Words);
            }
        }
        // A drawing goes with the pages that show it: hidden from a reader who sees none of those pages.
        foreach (var (id, title, words, hidden) in drawings)
        {
            Hide(hidden, title, words);
            var showing = pages.Where(p => p.Drawing == id).ToList();
            if (showing.Count == 0) continue;
            Hide(Readers.Where(r => showing.All(p => p.Hidden.Contains(r))), title, words);
        }
    }

    private void Story()
    {
        var count = random.Next(0, 4);
        if (count == 0) return;
        Line("story:");
        for (var i = 0; i < count; i++)
        {
            var (title, words) = (markers.Next(), markers.Next());
            var id = markers.NextId();
            _ids.Add(id);
            var markdown = words + " is part of the story." + Mention();
            string? alt = null;
            GenPhoto? embedded = null;
            if (_photos.Count > 0 && Chance(0.5))
            {
                embedded = Pick(_photos);
                alt = markers.Next();
                markdown += $"\\n\\n![{alt} at home]({embedded.File}){{.half}}\\n\\nThe end.";
            }
            Line($"  - id: {id}");
            Line($"    title: {Q(title + " time")}");
            Line($"    markdown: \"{markdown}\"");
            Line($"    place: {Pick(["why_i_could_not_stay", "family_time", "my_future", "my_story"])}");
            var hidden = HiddenFrom(0.2);
            if (hidden.Count > 0) Line($"    hidden_from: {List(hidden)}");
            Hide(hidden, title, words, alt);
            // An embedded photo is hidden wherever the photo is.
            if (embedded is not null) Hide(embedded.HiddenFrom, alt);
        }
    }

    private void MyWords()
    {
        var count = random.Next(0, 3);
        if (count == 0) return;
        Line("my_words:");
        for (var i = 0; i < count; i++)
        {
            var words = markers.Next();
            Line($"  - words: {Q(words + " is my favourite." + Mention())}");
            var hidden = HiddenFrom(0.2);
            if (hidden.Count > 0) Line($"    hidden_from: {List(hidden)}");
            Hide(hidden, words);
        }
    }
}
