// Autosave for edit forms marked data-drafts="/Children/{id}/Drafts?form=…": a few seconds after the person stops
// typing, the form's fields are kept on the server as a draft (encrypted, readable only by them). When they next open
// the form and a draft differs from what the form shows, they are offered it back; saving the form closes the draft.
// Drafts go to the server rather than the browser's storage because council laptops are shared and this is a child's
// record. A file of its own because the Content Security Policy allows no inline script.
(function () {
  "use strict";
  var DELAY = 3000;

  function fieldsOf(form) {
    var fields = {};
    new FormData(form).forEach(function (value, name) {
      if (name === "__RequestVerificationToken" || typeof value !== "string") return;
      // Checkboxes share a name: their values are kept one per line.
      fields[name] = name in fields ? fields[name] + "\n" + value : value;
    });
    return fields;
  }

  function post(form, handler, fields) {
    var body = new URLSearchParams();
    var token = form.querySelector("[name=__RequestVerificationToken]");
    body.append("__RequestVerificationToken", token ? token.value : "");
    if (fields) body.append("Fields", fields);
    return fetch(form.dataset.drafts + "&handler=" + handler, { method: "POST", body: body, credentials: "same-origin" });
  }

  function put(form, fields) {
    Object.keys(fields).forEach(function (name) {
      var values = fields[name].split("\n");
      Array.prototype.forEach.call(form.elements, function (element) {
        if (element.name !== name) return;
        if (element.type === "checkbox" || element.type === "radio") element.checked = values.indexOf(element.value) >= 0;
        else if (element.type !== "file") element.value = fields[name];
      });
    });
    // Counts as typing: the unsaved-changes warning and the next autosave both notice.
    form.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function timeOf(date) {
    return date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  }

  function offer(form) {
    var panel = document.getElementById("draft-offer");
    if (!panel) return;
    fetch(form.dataset.drafts, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.status === 200 ? response.json() : null; })
      .then(function (draft) {
        if (!draft) return;
        var shown = fieldsOf(form);
        var differs = Object.keys(draft.fields).some(function (name) { return name in shown && shown[name] !== draft.fields[name]; });
        if (!differs) return;
        var saved = new Date(draft.savedUtc);
        panel.querySelector("[data-draft-time]").textContent = saved.toLocaleDateString() + " at " + timeOf(saved);
        panel.hidden = false;
        panel.querySelector("[data-draft-restore]").addEventListener("click", function () {
          put(form, draft.fields);
          panel.hidden = true;
          var status = document.getElementById("draft-status");
          if (status) status.textContent = "Your changes are back in the form. Save when you are ready.";
        });
        panel.querySelector("[data-draft-discard]").addEventListener("click", function () {
          post(form, "Discard").then(function () { panel.hidden = true; });
        });
      });
  }

  function watch(form) {
    if (form.dataset.draftsWatched) return;
    form.dataset.draftsWatched = "yes";
    var kept = JSON.stringify(fieldsOf(form));
    var timer = null;
    function keep() {
      var now = JSON.stringify(fieldsOf(form));
      if (now === kept) return;
      post(form, "Keep", now).then(function (response) {
        if (!response.ok) return;
        kept = now;
        var status = document.getElementById("draft-status");
        if (status) status.textContent = "Draft kept at " + timeOf(new Date()) + " (not yet a saved version).";
      });
    }
    function later() { clearTimeout(timer); timer = setTimeout(keep, DELAY); }
    form.addEventListener("input", later);
    form.addEventListener("change", later);
    form.addEventListener("submit", function () { clearTimeout(timer); });
    offer(form);
  }

  function watchAll() { document.querySelectorAll("form[data-drafts]").forEach(watch); }
  document.addEventListener("DOMContentLoaded", watchAll);
  // Forms swapped in by htmx (a save answered in place) are watched too.
  document.addEventListener("htmx:load", watchAll);
})();
