// Progressive enhancement for printable pages: a Print button, and closed <details> opened for paper.
(function () {
  document.querySelectorAll(".js-print").forEach(function (b) {
    b.hidden = false;
    b.addEventListener("click", function () { window.print(); });
  });
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll(".elig-result details").forEach(function (d) { d.open = true; });
  });
})();
