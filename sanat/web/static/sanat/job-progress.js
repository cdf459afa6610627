// The progress page of a background job (sanat/docjobs): polls the job's status (JSON) and moves the bar;
// when the job is done or failed the page reloads to show the download or the message. A file, not an
// inline script: the site's CSP allows scripts from 'self'. Without scripts the page refreshes itself.
(function () {
  "use strict";
  var box = document.getElementById("job-progress");
  if (!box || !window.fetch) { return; }
  var url = box.getAttribute("data-status");
  var bar = document.getElementById("progress");
  var percent = document.getElementById("progress-percent");
  var text = document.getElementById("progress-text");
  var delay = 800;

  function show(s) {
    bar.value = s.percent;
    bar.textContent = s.percent + " %";
    percent.textContent = s.percent + " %";
    var label = text.getAttribute("data-" + s.state);
    if (label) { text.textContent = label; }
  }

  function tick() {
    fetch(url, {credentials: "same-origin", headers: {"Accept": "application/json"}, cache: "no-store"})
      .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.json(); })
      .then(function (s) {
        show(s);
        if (s.state === "done" || s.state === "failed") { window.location.reload(); return; }
        delay = Math.min(delay * 1.2, 3000);
        window.setTimeout(tick, delay);
      })
      .catch(function () { window.setTimeout(tick, 5000); });
  }

  window.setTimeout(tick, delay);
}());
