// The check-in's sliders show their number as they move. The form works without this file.
"use strict";

(function () {
  for (const output of document.querySelectorAll("output[data-for]")) {
    const input = document.getElementById(output.dataset.for);
    if (!input) continue;
    input.addEventListener("input", () => { output.textContent = input.value; });
  }
})();
