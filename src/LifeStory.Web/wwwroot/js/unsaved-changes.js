// Warns before leaving a page whose form (marked data-warn-unsaved) has changes not yet saved: writing a child's
// details can take a while, and a closed tab or a clicked link must not lose it silently. Saving the form itself
// is not a loss, so submitting clears the warning. A file of its own because the Content Security Policy allows no
// inline script.
(function () {
  "use strict";
  var dirty = false;
  function watch(form) {
    form.addEventListener("input", function () { dirty = true; });
    form.addEventListener("change", function () { dirty = true; });
    form.addEventListener("submit", function () { dirty = false; });
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form[data-warn-unsaved]").forEach(watch);
  });
  window.addEventListener("beforeunload", function (event) {
    if (!dirty) return;
    event.preventDefault();
    event.returnValue = "";
  });
})();
