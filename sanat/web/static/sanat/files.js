// File inputs in the page's language: the browser draws its own «Choose File / No file chosen» in the
// browser's language, not the page's. Each file input gets a button and the chosen name in the page's
// language (texts from <body data-file-choose data-file-none>); the native input stays in the form (and
// keyboard-focusable), only visually hidden. Without JavaScript the native input is shown as before.
(() => {
  const body = document.body;
  const choose = body.dataset.fileChoose, none = body.dataset.fileNone;
  if (!choose) return;
  let n = 0;
  for (const input of document.querySelectorAll("input[type=file]")) {
    if (!input.id) input.id = `file-input-${++n}`;
    const label = document.createElement("label");
    label.className = "file-button";
    label.htmlFor = input.id;
    label.textContent = choose;
    const name = document.createElement("span");
    name.className = "file-name";
    name.textContent = none;
    input.classList.add("file-native");
    input.after(label, name);
    input.addEventListener("change", () => {
      name.textContent = [...input.files].map((f) => f.name).join(", ") || none;
    });
  }
})();
