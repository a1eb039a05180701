// The photos and drawings page, made quicker with a mouse or a tablet; every part also works without it (plain
// form posts, focus point typed as two numbers). A file of its own because the Content Security Policy allows no
// inline script.
//  - Upload: drag and drop onto the box, and a progress bar while the files are sent (read out by screen readers).
//  - Focus point: click on the photo, or move it with the arrow keys; the crops the book uses are shown at once,
//    made by the server with the book's own crop code.
//  - Printed small or in black and white: the crops follow the two boxes as they are ticked, before saving.
(function () {
  "use strict";

  function upload(form) {
    var zone = form.querySelector("[data-drop-zone]");
    var input = form.querySelector("input[type=file][multiple]");
    var progressBox = form.querySelector("[data-upload-progress]");
    var progress = progressBox.querySelector("progress");
    var status = form.querySelector("[data-upload-status]");
    var dropped = null;

    ["dragenter", "dragover"].forEach(function (name) {
      zone.addEventListener(name, function (event) { event.preventDefault(); zone.classList.add("dragging"); });
    });
    ["dragleave", "drop"].forEach(function (name) {
      zone.addEventListener(name, function () { zone.classList.remove("dragging"); });
    });
    zone.addEventListener("drop", function (event) {
      event.preventDefault();
      dropped = event.dataTransfer.files;
      status.textContent = dropped.length === 1 ? "1 file ready to add." : dropped.length + " files ready to add.";
    });
    input.addEventListener("change", function () { dropped = null; });

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var data = new FormData(form);
      if (dropped) for (var i = 0; i < dropped.length; i++) data.append("files", dropped[i], dropped[i].name);
      var request = new XMLHttpRequest();
      request.open("POST", form.action);
      progressBox.hidden = false;
      progress.value = 0;
      status.textContent = "Sending…";
      var lastSaid = -1;
      request.upload.addEventListener("progress", function (e) {
        if (!e.lengthComputable) return;
        var percent = Math.round((e.loaded / e.total) * 100);
        progress.value = percent;
        progress.textContent = percent + "%";
        // Read out in steps of a quarter, not every few bytes.
        var step = Math.floor(percent / 25);
        if (step !== lastSaid) { lastSaid = step; status.textContent = "Sending: " + percent + "% done."; }
      });
      request.addEventListener("load", function () {
        status.textContent = "Sent. Checking the pictures…";
        if (request.responseURL && request.responseURL.split("#")[0] !== form.action.split("#")[0]) {
          window.location.assign(request.responseURL);
          return;
        }
        // The page came back with problems: show it in place of this one.
        var page = new DOMParser().parseFromString(request.responseText, "text/html");
        var main = page.querySelector("main");
        if (main) {
          document.querySelector("main").replaceWith(main);
          init();
          var alert = main.querySelector("[role=alert]");
          if (alert) { alert.setAttribute("tabindex", "-1"); alert.focus(); }
        }
      });
      request.addEventListener("error", function () {
        progressBox.hidden = true;
        status.textContent = "The pictures could not be sent. Check the connection and try again; nothing was added.";
      });
      request.send(data);
    });
  }

  function focusPoint(form) {
    var picker = form.querySelector("[data-focus-picker]");
    if (!picker) return;
    var image = picker.querySelector("[data-upright]");
    var mark = picker.querySelector("[data-focus-mark]");
    var x = form.querySelector("[data-focus-x]");
    var y = form.querySelector("[data-focus-y]");
    var crops = form.querySelectorAll("[data-crop]");
    var small = form.querySelector("input[name='Fields.Smaller']");
    var greyed = form.querySelector("input[name='Fields.BlackAndWhite']");
    var timer = null;

    function read(input, fallback) {
      var value = parseFloat(input.value);
      return isNaN(value) ? fallback : Math.min(1, Math.max(0, value));
    }
    function show(recrop) {
      var hasPoint = x.value !== "" && y.value !== "";
      mark.hidden = !hasPoint;
      if (hasPoint) {
        mark.style.left = (read(x, 0.5) * image.clientWidth) + "px";
        mark.style.top = (read(y, 0.5) * image.clientHeight) + "px";
      }
      if (recrop === false) return;
      clearTimeout(timer);
      timer = setTimeout(function () {
        crops.forEach(function (crop) {
          var address = crop.getAttribute("data-base") + "/" + crop.getAttribute("data-crop");
          var query = [];
          if (hasPoint) query.push("x=" + read(x, 0.5), "y=" + read(y, 0.5));
          // Printed small or in black and white, as ticked now, saved or not.
          if (small) query.push("small=" + (small.checked ? 1 : 0));
          if (greyed) query.push("bw=" + (greyed.checked ? 1 : 0));
          crop.src = query.length ? address + "?" + query.join("&") : address;
        });
      }, 150);
    }
    function set(fx, fy) {
      x.value = (Math.round(Math.min(1, Math.max(0, fx)) * 100) / 100).toString();
      y.value = (Math.round(Math.min(1, Math.max(0, fy)) * 100) / 100).toString();
      x.dispatchEvent(new Event("input", { bubbles: true }));
      show();
    }
    picker.addEventListener("click", function (event) {
      var box = image.getBoundingClientRect();
      // A click made with the keyboard (Enter or Space) has no position on the photo: it leaves the point alone.
      if (event.detail === 0) return;
      set((event.clientX - box.left) / box.width, (event.clientY - box.top) / box.height);
    });
    picker.addEventListener("keydown", function (event) {
      var moves = { ArrowLeft: [-0.02, 0], ArrowRight: [0.02, 0], ArrowUp: [0, -0.02], ArrowDown: [0, 0.02] };
      var move = moves[event.key];
      if (!move) return;
      event.preventDefault();
      set(read(x, 0.5) + move[0], read(y, 0.5) + move[1]);
    });
    if (small) small.addEventListener("change", show);
    if (greyed) greyed.addEventListener("change", show);
    x.addEventListener("input", show);
    y.addEventListener("input", show);
    if (image.complete) show(false); else image.addEventListener("load", function () { show(false); });
  }

  function init() {
    document.querySelectorAll("form[data-upload]").forEach(upload);
    document.querySelectorAll("form[data-picture-form]").forEach(focusPoint);
  }
  document.addEventListener("DOMContentLoaded", init);
})();
