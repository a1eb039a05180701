// Formatting buttons above a Markdown box (data-markdown-for="textarea id"): each inserts its syntax at the cursor,
// around the chosen words when some are chosen, so nobody has to remember the book's own Markdown. The box then
// says it changed, so the live preview and the unsaved-changes warning follow. No inline script: the CSP forbids it.
(function () {
  "use strict";
  var kinds = {
    bold: { before: "**", after: "**", sample: "strong words" },
    heading: { line: "## ", sample: "A heading" },
    list: { line: "- ", sample: "one thing" },
    speech: { line: "> ", sample: "what someone said" },
    panel: { block: "::: panel A title\n", end: "\n:::", sample: "Something to keep in mind." },
    photos: { block: "::: photos\n", end: "\n:::", sample: "![A caption](photos/one.jpg)\n![A caption](photos/two.jpg)" },
    beside: { block: "::: beside\n", end: "\n:::", sample: "![A caption](photos/one.jpg)\n\nWords beside the picture." },
    scale: { block: "::: scale\n", end: "\n:::", sample: "How happy do I feel? 0: not at all 10: very\n\n- Me: 7" },
    timeline: { block: "::: timeline\n", end: "\n:::", sample: "- June 2019: Born in Leeds\n- September 2021: Moved to Jo and Sam's" },
    pagebreak: { block: "::: pagebreak\n", end: ":::", sample: "" }
  };
  function insert(box, kind) {
    var start = box.selectionStart, end = box.selectionEnd, text = box.value;
    var chosen = text.slice(start, end), made, caret;
    if (kind.before !== undefined) {
      made = kind.before + (chosen || kind.sample) + kind.after;
    } else {
      var lineStart = start === 0 || text.charAt(start - 1) === "\n";
      var prefix = kind.line !== undefined ? kind.line : kind.block;
      var body = kind.line !== undefined
        ? (chosen || kind.sample).split("\n").map(function (l) { return kind.line + l; }).join("\n").slice(kind.line.length)
        : (chosen || kind.sample);
      made = (lineStart ? "" : "\n\n") + prefix + body + (kind.end || "") + "\n";
    }
    box.setRangeText(made, start, end, "end");
    caret = box.selectionEnd;
    box.focus();
    box.setSelectionRange(caret, caret);
    box.dispatchEvent(new Event("input", { bubbles: true }));
    box.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
  }
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("button[data-markdown]") : null;
    if (!button) return;
    var bar = button.closest("[data-markdown-for]");
    var box = bar && document.getElementById(bar.getAttribute("data-markdown-for"));
    var kind = kinds[button.getAttribute("data-markdown")];
    if (box && kind) insert(box, kind);
  });
})();
