namespace LifeStory.Documents.Rendering.Html;

/// <summary>
/// The parts of the style sheet that do not depend on the theme: book blocks, pictures and print. Sides are
/// written as CSS logical properties (inline-start and inline-end, not left and right), so a right-to-left
/// page (<c>dir="rtl"</c>) gets a speech bubble's tail, a timeline's line and a scale's bar on its own start
/// side with no second style sheet: https://www.w3.org/TR/css-logical-1/ and the W3C's Arabic layout
/// requirements (https://www.w3.org/TR/alreq/).
/// </summary>
internal static class CssRules
{
    public const string Common = """
        .draft { margin: 0 0 1em; padding: 0.4em 0.8em; border: 2px solid #C62828; border-radius: 6px; color: #C62828; font-weight: 700; text-align: center; }
        p, ul, ol, table, figure, blockquote, pre { margin: 0 0 var(--gap); }
        a { color: inherit; text-decoration-color: var(--accent); text-decoration-thickness: 2px; text-underline-offset: 2px; }
        a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
        strong { font-weight: 700; }
        hr { border: 0; border-top: 3px dotted var(--accent); margin: 1.5em 25%; }
        pre { white-space: pre-wrap; }
        header.cover { text-align: center; padding: 1em 0 2em; break-after: page; }
        header.cover .subtitle { font-family: "LifeStory Heading", "LifeStory Arabic", Fredoka, sans-serif; font-size: 1.35em; color: var(--accent); }
        header.cover figure img { max-height: 130mm; border-radius: 24px; }
        .page-break { break-after: page; height: 0; }
        figure { margin: 0 0 var(--gap); text-align: center; break-inside: avoid; }
        figure img { display: block; margin: 0 auto; width: auto; height: auto; max-width: 100%; max-height: 120mm; object-fit: contain; border-radius: 14px; }
        figcaption { margin-top: 0.4em; font-size: 0.92em; font-style: italic; }
        figure.square img { border-radius: 0; }
        figure.polaroid { display: table; margin-left: auto; margin-right: auto; padding: 10px 10px 6px; background: #FFFFFF; box-shadow: 0 3px 10px rgba(0, 0, 0, 0.22); transform: rotate(-1.2deg); }
        figure.polaroid img { border-radius: 0; }
        figure.half { width: 50%; margin-left: auto; margin-right: auto; }
        figure.third { width: 33%; margin-left: auto; margin-right: auto; }
        figure.two-thirds { width: 67%; margin-left: auto; margin-right: auto; }
        figure.small { width: 40%; margin-left: auto; margin-right: auto; }
        figure.half img, figure.third img, figure.two-thirds img, figure.small img, figure.fill img { width: 100%; }
        figure.bw img { filter: grayscale(1); }
        .picture-missing { border: 2px dashed var(--accent); border-radius: 14px; padding: 0.8em 1em; background: var(--accent-soft); text-align: center; break-inside: avoid; }
        blockquote.speech { position: relative; margin: 0 0 calc(var(--gap) + 14px); padding: 0.8em 1.1em; background: var(--accent-soft); border-radius: 22px; font-size: 1.08em; break-inside: avoid; }
        blockquote.speech::after { content: ""; position: absolute; inset-inline-start: 36px; bottom: -14px; border-style: solid; border-width: 14px 0 0; border-inline-end-width: 12px; border-color: var(--accent-soft) transparent transparent transparent; }
        blockquote.speech > :last-child, .panel > :last-child, .beside-text > :last-child { margin-bottom: 0; }
        .panel { margin: 0 0 var(--gap); padding: 0.9em 1.2em; background: var(--accent-soft); border-radius: 18px; break-inside: avoid; }
        .panel-title { margin-top: 0; }
        .panel-warm { background: var(--warm); }
        .panel-warm .panel-title { color: var(--warm-ink); }
        .panel-cool { background: var(--cool); }
        .panel-cool .panel-title { color: var(--cool-ink); }
        .photo-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(180px, 1fr)); gap: 14px; margin: 0 0 var(--gap); }
        .photo-grid figure { margin: 0; }
        .photo-grid figure img { width: 100%; aspect-ratio: 4 / 3; object-fit: cover; max-height: none; }
        .photo-grid .picture-missing { margin: 0; }
        .beside { display: flex; gap: 1.2em; align-items: flex-start; margin: 0 0 var(--gap); break-inside: avoid; }
        .beside-picture { flex: 0 0 42%; }
        .beside-picture figure { margin: 0; }
        .beside-text { flex: 1 1 0; min-width: 0; }
        table { width: 100%; border-collapse: collapse; }
        caption { caption-side: top; text-align: start; padding-bottom: 0.4em; }
        th, td { border: 1px solid var(--accent); padding: 0.3em 0.6em; text-align: start; vertical-align: top; }
        thead th { background: var(--accent-soft); }
        tr { break-inside: avoid; }
        .align-center { text-align: center; }
        .align-right { text-align: right; }
        figure.scale { text-align: start; }
        .scale-table th[scope="row"] { width: 35%; }
        .scale-bar { display: inline-block; width: 70%; height: 0.8em; margin-inline-end: 0.5em; vertical-align: middle; border: 2px solid var(--accent); border-radius: 999px; background: var(--paper); overflow: hidden; }
        .scale-fill { display: block; height: 100%; background: var(--accent); }
        .scale-number { font-weight: 700; }
        ol.timeline { list-style: none; margin: 0 0 var(--gap); margin-inline-start: 0.6em; padding: 0; padding-inline-start: 1.4em; border-inline-start: 4px solid var(--accent-soft); }
        ol.timeline > li { position: relative; margin: 0 0 0.8em; break-inside: avoid; }
        ol.timeline > li::before { content: ""; position: absolute; inset-inline-start: calc(-1.4em - 10px); top: 0.35em; width: 12px; height: 12px; border: 2px solid var(--paper); border-radius: 50%; background: var(--accent); }
        ol.timeline time, ol.timeline .timeline-date { display: block; font-weight: 700; }
        figure.family-tree { break-inside: auto; }
        ul.family-tree-rows, ul.family-tree-people { list-style: none; margin: 0; padding: 0; }
        .family-tree-row { margin: 0 0 1.1em; break-inside: avoid; }
        .family-tree-label { display: inline-block; padding: 0.1em 0.9em; border-radius: 999px; background: var(--accent-soft); color: var(--accent); font-family: "LifeStory Heading", "LifeStory Arabic", "LifeStory Ethiopic", Fredoka, sans-serif; font-size: 0.8em; }
        ul.family-tree-people { display: flex; flex-wrap: wrap; justify-content: center; gap: 12px; margin-top: 0.6em; }
        .family-tree-person { box-sizing: border-box; flex: 0 1 132px; min-width: 80px; padding: 8px; border: 1.5px solid var(--accent-soft); border-radius: 12px; background: var(--paper); overflow-wrap: anywhere; }
        .family-tree-person img, .family-tree-initial { display: block; box-sizing: border-box; width: 56px; height: 56px; margin: 0 auto 6px; border-radius: 50%; object-fit: cover; object-position: 50% 38%; max-height: none; }
        .family-tree-initial { line-height: 56px; background: var(--accent-soft); color: var(--accent); font-family: "LifeStory Heading", "LifeStory Arabic", "LifeStory Ethiopic", Fredoka, sans-serif; font-size: 1.5em; }
        .family-tree-missing { border: 1px solid var(--accent); line-height: 54px; }
        .family-tree-name { display: block; font-family: "LifeStory Heading", "LifeStory Arabic", "LifeStory Ethiopic", Fredoka, sans-serif; font-weight: 600; }
        .family-tree-role { display: block; font-size: 0.75em; }
        .family-tree-child { background: var(--accent-soft); border: 2.5px solid var(--accent); }
        .family-tree-child img, .family-tree-child .family-tree-initial { width: 68px; height: 68px; line-height: 68px; }
        .family-tree-child .family-tree-initial { background: var(--paper); }
        .family-tree-child .family-tree-name { color: var(--accent); font-size: 1.1em; }
        nav.contents ol { list-style: none; padding: 0; }
        nav.contents li { padding: 0.35em 0; border-bottom: 2px dotted var(--accent-soft); }
        nav.contents a { text-decoration: none; }
        @media screen { main > h1:not(:first-child) { margin-top: 1.8em; padding-top: 1em; border-top: 4px dotted var(--accent-soft); } }
        @media (max-width: 640px) { main { margin: 0; padding: 18px; border-radius: 0; } .beside { flex-direction: column; } .beside-picture { flex-basis: auto; } }

        """;

    public const string Print = """
        @media print {
          html { background: none; }
          main { max-width: none; margin: 0; padding: 0; border-radius: 0; box-shadow: none; }
          a { text-decoration: none; }
        }

        """;
}
