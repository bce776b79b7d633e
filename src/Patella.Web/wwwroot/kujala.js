// Draws the Kujala line from the figure's data-kujala attribute. Deferred scripts run in page order and Chart.js
// comes last, so the drawing waits for DOMContentLoaded, which follows every deferred script.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  const figure = document.querySelector("[data-kujala]");
  if (!figure || typeof Chart === "undefined") return;
  const scores = JSON.parse(figure.dataset.kujala);
  new Chart(document.getElementById("kujala-chart"), {
    type: "line",
    data: {
      labels: scores.map(s => s.date),
      datasets: [{ label: "Kujala (0-100)", data: scores.map(s => s.total), borderColor: "#0b5cad", pointRadius: 3 }]
    },
    options: {
      animation: false, responsive: true, maintainAspectRatio: false,
      scales: { y: { min: 0, max: 100, title: { display: true, text: "points" } } },
      plugins: { legend: { display: false } }
    }
  });
  figure.dataset.drawn = "true";
});
