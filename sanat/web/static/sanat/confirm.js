// Asks before a button or form marked data-confirm="question" acts (replaces inline onclick/onsubmit,
// which the Content-Security-Policy forbids).
document.addEventListener("click", (e) => {
  const el = e.target.closest("button[data-confirm], input[data-confirm]");
  if (el && !window.confirm(el.dataset.confirm)) e.preventDefault();
});
document.addEventListener("submit", (e) => {
  const form = e.target;
  if (form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) e.preventDefault();
});
