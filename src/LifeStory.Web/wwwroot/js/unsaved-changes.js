// Warns before leaving a page whose form (marked data-warn-unsaved) has changes not yet saved: writing a child's
// details can take a while, and a closed tab or a clicked link must not lose it silently. Saving the form itself
// is not a loss, so submitting clears the warning. Events are watched on the document, so a form htmx swaps in
// after a save is watched too. A file of its own because the Content Security Policy allows no inline script.
(function () {
  "use strict";
  var dirty = false;
  function inWatchedForm(event) { return event.target.closest && event.target.closest("form[data-warn-unsaved]"); }
  document.addEventListener("input", function (event) { if (inWatchedForm(event)) dirty = true; });
  document.addEventListener("change", function (event) { if (inWatchedForm(event)) dirty = true; });
  document.addEventListener("submit", function (event) { if (inWatchedForm(event)) dirty = false; });
  window.addEventListener("beforeunload", function (event) {
    if (!dirty) return;
    event.preventDefault();
    event.returnValue = "";
  });
})();
