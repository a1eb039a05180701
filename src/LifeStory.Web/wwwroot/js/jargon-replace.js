// One click puts a jargon word right: a button beside a field (data-replace-in, -word, -with) swaps every
// whole-word use of the word in that field for the plainer words, keeping a capital at the start of a sentence.
// Nothing is saved: the person reads the result and saves. A file of its own because the CSP allows no inline script.
(function () {
  "use strict";
  function escape(text) { return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("button[data-replace-in]") : null;
    if (!button) return;
    var field = document.getElementById(button.getAttribute("data-replace-in"));
    if (!field) return;
    var word = button.getAttribute("data-replace-word");
    var instead = button.getAttribute("data-replace-with");
    var pattern = new RegExp("(^|[^\\p{L}\\p{N}])(" + escape(word) + ")(?![\\p{L}\\p{N}])", "giu");
    field.value = field.value.replace(pattern, function (_, before, found) {
      var capital = found.charAt(0) !== found.charAt(0).toLowerCase();
      return before + (capital ? instead.charAt(0).toUpperCase() + instead.slice(1) : instead);
    });
    field.dispatchEvent(new Event("input", { bubbles: true }));
    field.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
    button.disabled = true;
    button.textContent = "Changed to “" + instead + "” — save to keep it";
    field.focus();
  });
})();
