// The cadence metronome: clicks at the target beats per minute with the Web Audio API, scheduled a little ahead
// of time on the audio clock so the beat stays steady even when the page is busy. The first beat of every four is
// higher, like the WAV click track (1 kHz click, 1.6 kHz accent, 30 ms each).
"use strict";

(function () {
  const box = document.querySelector("[data-metronome]");
  if (!box) return;
  const button = box.querySelector("[data-metronome-toggle]");
  const status = box.querySelector("[data-metronome-status]");
  const bpm = Number(box.dataset.bpm);
  const label = button.textContent;
  const lookAheadSeconds = 0.1;
  let audio = null;
  let timer = 0;
  let nextBeat = 0;
  let beat = 0;

  function click(at, accent) {
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.frequency.value = accent ? 1600 : 1000;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.6, at + 0.002);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.03);
    osc.connect(gain).connect(audio.destination);
    osc.start(at);
    osc.stop(at + 0.035);
  }

  function schedule() {
    while (nextBeat < audio.currentTime + lookAheadSeconds) {
      click(nextBeat, beat % 4 === 0);
      nextBeat += 60 / bpm;
      beat++;
    }
  }

  function start() {
    const Context = window.AudioContext || window.webkitAudioContext;
    if (!Context) {
      status.textContent = "This browser cannot play sound here: download the click track instead.";
      return;
    }
    audio = audio || new Context();
    audio.resume();
    beat = 0;
    nextBeat = audio.currentTime + 0.05;
    schedule();
    timer = setInterval(schedule, 25);
    button.setAttribute("aria-pressed", "true");
    button.textContent = "Stop the metronome";
    box.dataset.playing = "true";
    status.textContent = "Playing " + bpm + " beats per minute: one step per click.";
  }

  function stop() {
    clearInterval(timer);
    timer = 0;
    if (audio) audio.suspend();
    button.setAttribute("aria-pressed", "false");
    button.textContent = label;
    box.dataset.playing = "false";
    status.textContent = "Stopped.";
  }

  button.addEventListener("click", () => (timer ? stop() : start()));
})();
