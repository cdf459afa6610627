// Post picker (progressive enhancement of the plain select + server-side search in _profile_forms.html):
// as you type, the select keeps only the posts whose Kazakh or Russian title contains every word.
(function () {
  function norm(s) { return (s || "").toLocaleLowerCase().replace(/i/g, "і"); }
  document.querySelectorAll(".post-picker").forEach(function (box) {
    var input = box.querySelector("input[type=search]");
    var select = box.querySelector("select");
    var count = box.querySelector("#post-count");
    if (!input || !select) return;
    var findButton = box.querySelector("button[value=find]");
    if (findButton) findButton.hidden = true;
    var options = Array.prototype.slice.call(select.querySelectorAll("option")).filter(function (o) { return o.value; });
    function apply() {
      var words = norm(input.value).split(/\s+/).filter(Boolean);
      var shown = 0, first = null;
      options.forEach(function (o) {
        var hay = norm(o.textContent + " " + (o.getAttribute("data-alt") || ""));
        var ok = words.every(function (w) { return hay.indexOf(w) >= 0; }) || o.selected;
        o.hidden = !ok; o.disabled = !ok && !o.selected;
        if (ok) { shown += 1; if (!first && !o.selected) first = o; }
      });
      select.querySelectorAll("optgroup").forEach(function (g) {
        g.hidden = !Array.prototype.some.call(g.children, function (o) { return !o.hidden; });
      });
      if (count) {
        count.textContent = words.length ? (shown ? box.getAttribute("data-count").replace("{n}", shown)
                                                  : box.getAttribute("data-empty")) : "";
      }
      select.size = words.length ? Math.min(Math.max(shown, 2), 8) : 0;
    }
    input.addEventListener("input", apply);
    input.addEventListener("keydown", function (e) {
      if (e.key === "Enter") { e.preventDefault(); select.focus(); }
      if (e.key === "ArrowDown") { e.preventDefault(); select.focus(); }
    });
    select.addEventListener("change", function () { if (select.size) { select.size = 0; } });
    if (input.value) apply();
  });
})();
