// Requests in flight over a run: a gauge the latency proxy moves (+1 when a
// request's head has arrived, −1 when its final response has reached the
// client), sampled at a fixed interval, then reduced to the figures the
// report shows (peak, median while busy, a text sparkline).
import { median } from './stats.mjs';

export class InFlightGauge {
  constructor() {
    this.value = 0;
    this.peak = 0;
  }

  add(n = 1) {
    this.value += n;
    if (this.value > this.peak) this.peak = this.value;
  }

  remove(n = 1) {
    this.value = Math.max(0, this.value - n);
  }

  /** Starts a new run: the peak restarts from what is in flight now. */
  reset() {
    this.peak = this.value;
  }
}

/**
 * Reduces one run's samples: peak (the gauge's exact maximum, which a sample
 * can miss) and the median over the busy span, from the first sample with a
 * request in flight to the last one (the tool's start-up and shutdown, with
 * nothing in flight, would otherwise pull the median down).
 * @param {number[]} samples
 * @param {number} [peak] the exact peak if known
 */
export function summarizeInFlight(samples, peak) {
  const first = samples.findIndex((v) => v > 0);
  const last = samples.findLastIndex((v) => v > 0);
  const busy = first < 0 ? [] : samples.slice(first, last + 1);
  return {
    peak: Math.max(peak ?? 0, ...samples, 0),
    median: busy.length ? median(busy) : 0,
    busySamples: busy.length,
  };
}

const BARS = '▁▂▃▄▅▆▇█';

/**
 * A text sparkline of samples, at most `width` characters: each character is
 * the largest sample of its share of the run, scaled to `top` (default: the
 * largest sample). ▁ is nothing in flight; ▂…█ split (0, top] in seven steps.
 * @returns {{ line: string, perChar: number }} perChar: samples per character
 */
export function sparkline(samples, { width = 60, top } = {}) {
  if (samples.length === 0) return { line: '', perChar: 0 };
  const perChar = Math.max(1, Math.ceil(samples.length / width));
  const scale = top ?? Math.max(...samples);
  let line = '';
  for (let i = 0; i < samples.length; i += perChar) {
    const v = Math.max(...samples.slice(i, i + perChar));
    line += v <= 0 || scale <= 0 ? BARS[0] : BARS[Math.min(7, Math.max(1, Math.ceil((v / scale) * 7)))];
  }
  return { line, perChar };
}
