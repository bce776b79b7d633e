// Patella's pages are server-rendered and work without this file; it adds the browser's own abilities:
// the time zone on sign-up, drag-and-drop upload with progress, and the Chart.js charts.
"use strict";

(function () {
  const zone = document.querySelector("[data-browser-zone]");
  if (zone) {
    const mine = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if ([...zone.options].some(o => o.value === mine)) zone.value = mine;
  }

  const upload = document.querySelector("[data-upload]");
  if (upload) wireUpload(upload);

  const run = document.querySelector("[data-run-charts]");
  if (run) drawRun(run);

  const load = document.querySelector("[data-load-charts]");
  if (load) drawLoad(load);
})();

function wireUpload(form) {
  const input = form.querySelector("input[type=file]");
  const zone = form.querySelector("[data-dropzone]");
  const progress = form.querySelector("[data-progress]");
  const results = document.querySelector("[data-results]");
  const token = form.querySelector("input[name=__RequestVerificationToken]").value;

  zone.addEventListener("dragover", e => { e.preventDefault(); zone.classList.add("over"); });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", e => {
    e.preventDefault();
    zone.classList.remove("over");
    send([...e.dataTransfer.files]);
  });
  form.addEventListener("submit", e => {
    e.preventDefault();
    send([...input.files]);
  });

  async function send(files) {
    if (files.length === 0) return;
    progress.hidden = false;
    let imported = 0;
    for (const file of files) {
      const item = document.createElement("li");
      item.textContent = file.name + ": uploading…";
      results.append(item);
      try {
        const summary = await post(file, fraction => { progress.value = Math.round(fraction * 100); });
        // A Strava export holds many files: one line each, the first taking the upload's own line.
        summary.files.forEach((f, index) => {
          const line = index === 0 ? item : results.appendChild(document.createElement("li"));
          line.className = f.outcome;
          line.textContent = f.sourceName + ": " + describe(f);
          imported += f.outcome === "imported" ? 1 : 0;
        });
        if (summary.files.length === 0) item.textContent = file.name + ": no activity files in it";
      } catch (error) {
        item.className = "failed";
        item.textContent = file.name + ": " + error.message;
      }
    }
    progress.hidden = true;
    input.value = "";
    if (imported > 0) await refreshList();
  }

  function post(file, onProgress) {
    return new Promise((resolve, reject) => {
      const data = new FormData();
      data.append("files", file, file.name);
      data.append("__RequestVerificationToken", token);
      const request = new XMLHttpRequest();
      request.open("POST", "/api/activities/import");
      request.responseType = "json";
      request.upload.onprogress = e => { if (e.lengthComputable) onProgress(e.loaded / e.total); };
      request.onload = () => request.status === 200 ? resolve(request.response)
        : reject(new Error((request.response && (request.response.detail || request.response.title)) || "the server answered " + request.status));
      request.onerror = () => reject(new Error("the upload did not reach the server"));
      request.send(data);
    });
  }

  function describe(f) {
    if (f.outcome === "imported") return "imported (" + f.activities + ")" + (f.warnings.length ? ", with a note: " + f.warnings.join("; ") : "");
    if (f.outcome === "failed") return "skipped: " + f.detail;
    return "already there: " + f.detail;
  }

  async function refreshList() {
    const page = await fetch("/runs", { credentials: "same-origin" });
    const html = new DOMParser().parseFromString(await page.text(), "text/html");
    const fresh = html.getElementById("runs-list");
    if (fresh) document.getElementById("runs-list").replaceWith(fresh);
  }
}

async function getJson(url) {
  const response = await fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } });
  if (!response.ok) {
    let detail = "the server answered " + response.status;
    try { const p = await response.json(); detail = p.detail || p.title || detail; } catch { /* not JSON */ }
    throw new Error(detail);
  }
  return response.json();
}

function unitMetres(units) { return units === "mi" ? 1609.344 : 1000; }

function lineChart(id, xs, ys, label, options) {
  return new Chart(document.getElementById(id), {
    type: "line",
    data: { labels: xs, datasets: [{ label, data: ys, borderColor: options.color, borderWidth: 1.5, pointRadius: 0, spanGaps: false, fill: false }] },
    options: {
      animation: false, responsive: true, maintainAspectRatio: false,
      scales: { x: { type: "linear", min: 0, max: xs.length ? xs[xs.length - 1] : undefined, title: { display: true, text: options.xTitle } }, y: { reverse: !!options.reverse, title: { display: true, text: options.yTitle } } },
      plugins: { legend: { display: false } }
    }
  });
}

async function drawRun(section) {
  const status = section.querySelector("[data-chart-status]");
  try {
    const s = await getJson(section.dataset.runCharts);
    const per = unitMetres(s.units);
    const unit = s.units === "mi" ? "mi" : "km";
    const xs = s.distanceMetres.map(m => +(m / per).toFixed(3));
    const pace = s.paceSecondsPerKilometre.map(p => p == null ? null : +(p * per / 1000 / 60).toFixed(2));
    const points = ys => xs.map((x, i) => ({ x, y: ys[i] }));
    lineChart("pace-chart", xs, points(pace), "Pace", { color: "#0b5cad", xTitle: unit, yTitle: "min/" + unit, reverse: true });
    lineChart("elevation-chart", xs, points(s.elevationMetres), "Elevation", { color: "#1e6b34", xTitle: unit, yTitle: "m" });
    lineChart("cadence-chart", xs, points(s.cadenceStepsPerMinute), "Cadence", { color: "#8a4b00", xTitle: unit, yTitle: "steps/min" });
    status.textContent = "";
    section.dataset.drawn = "true";
  } catch (error) {
    status.textContent = "The charts could not be drawn: " + error.message;
  }
}

async function drawLoad(section) {
  const status = section.querySelector("[data-chart-status]");
  try {
    const load = await getJson(section.dataset.loadCharts);
    const per = unitMetres(load.units);
    const labels = load.weeks.map(w => w.isoWeek.slice(5) + (w.daysCounted < 7 ? "*" : ""));
    const km = m => +(m / per).toFixed(1);
    const common = { animation: false, responsive: true, maintainAspectRatio: false };
    new Chart(document.getElementById("weekly-chart"), {
      data: {
        labels,
        datasets: [
          { type: "bar", label: "Distance (" + load.units + ")", data: load.weeks.map(w => km(w.distanceMetres)),
            backgroundColor: load.weeks.map(w => w.overGuide ? "#c0392b" : "#0b5cad") },
          { type: "line", label: "10% guide", data: load.weeks.map(w => km(w.guideMetres)), borderColor: "#1b1f24", borderDash: [6, 4], pointRadius: 2 }
        ]
      },
      options: common
    });
    new Chart(document.getElementById("ratio-chart"), {
      type: "line",
      data: {
        labels,
        datasets: [
          { label: "EWMA", data: load.weeks.map(w => w.ewmaRatio), borderColor: "#0b5cad", spanGaps: true },
          { label: "Rolling (coupled)", data: load.weeks.map(w => w.coupledRatio), borderColor: "#8a4b00", borderDash: [4, 3], spanGaps: true }
        ]
      },
      options: { ...common, scales: { y: { suggestedMin: 0, suggestedMax: 2 } } }
    });
    new Chart(document.getElementById("downhill-chart"), {
      type: "bar",
      data: { labels, datasets: [{ label: "Downhill (" + load.units + ")", data: load.weeks.map(w => km(w.downhillDistanceMetres)), backgroundColor: "#1e6b34" }] },
      options: common
    });
    status.textContent = "* the current week, so far.";
    section.dataset.drawn = "true";
  } catch (error) {
    status.textContent = "The charts could not be drawn: " + error.message;
  }
}
