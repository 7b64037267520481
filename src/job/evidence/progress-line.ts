// The progress line a terminal redraws and a CI log prints every interval:
// files done of the total in scope, bytes of the planned bytes, rate, ETA,
// failures and retries. Pure functions of one Progress snapshot, so the
// wording is tested without a job.
import type { Progress } from '../types.ts';
import { formatBytes } from './format.ts';

/**
 * The rate over the last WINDOW_MS of snapshots: what the transfer does now,
 * not an average dragged down by the listing before the first byte moved.
 * Fed one snapshot per progress tick; with fewer than two it gives the
 * average since the job started.
 */
export class RateMeter {
  static readonly WINDOW_MS = 10_000;
  private samples: Array<{ at: number; bytes: number }> = [];

  /** Records a snapshot and returns the rate in bytes per second. */
  add(p: Progress): number {
    this.samples.push({ at: p.elapsedMs, bytes: p.bytes });
    while (this.samples.length > 2 && p.elapsedMs - this.samples[1].at >= RateMeter.WINDOW_MS) this.samples.shift();
    const first = this.samples[0];
    const span = p.elapsedMs - first.at;
    if (this.samples.length < 2 || span <= 0) return p.elapsedMs > 0 ? (p.bytes / p.elapsedMs) * 1000 : 0;
    return ((p.bytes - first.bytes) / span) * 1000;
  }
}

/** The rate (given, or the average since the job started) and the time left at that rate.
 *  No ETA until the listing has ended: before that the totals still grow,
 *  and a time computed from them would only ever be too short. */
export function rateAndEta(p: Progress, rate?: number): { bytesPerSecond: number; etaSeconds?: number } {
  const secs = p.elapsedMs / 1000;
  const bytesPerSecond = rate ?? (secs > 0 ? p.bytes / secs : 0);
  if (!p.listingComplete || p.phase === 'done') return { bytesPerSecond };
  const left = Math.max(0, p.bytesPlanned - p.bytes);
  if (left === 0) return { bytesPerSecond, etaSeconds: 0 };
  return bytesPerSecond > 0 ? { bytesPerSecond, etaSeconds: Math.ceil(left / bytesPerSecond) } : { bytesPerSecond };
}

/** 75 → 1:15, 3725 → 1:02:05. */
export function formatEta(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * One line, e.g.
 *   [transferring] 12/40 files · 3.00 MiB/10.0 MiB 30.0% · 1.50 MiB/s · ETA 0:05 · 1 failed · 2 retries
 * While the listing runs the totals are marked as growing (`12/40+ files`) and there is no ETA.
 * `rate`: a RateMeter's; without it, the average since the job started.
 */
export function progressLine(p: Progress, rate?: number): string {
  const total = p.total ?? p.scanned;
  const done = p.transferred + p.skipped + p.failed;
  const more = p.listingComplete ? '' : '+';
  const parts = [`[${p.phase}] ${done}/${total}${more} files`];
  const pct = p.bytesPlanned > 0 ? ` ${Math.min(100, (p.bytes / p.bytesPlanned) * 100).toFixed(1)}%` : '';
  parts.push(p.bytesPlanned > 0 ? `${formatBytes(p.bytes)}/${formatBytes(p.bytesPlanned)}${more}${pct}` : formatBytes(p.bytes));
  const { bytesPerSecond, etaSeconds } = rateAndEta(p, rate);
  parts.push(bytesPerSecond > 0 ? `${formatBytes(Math.round(bytesPerSecond))}/s` : '—/s');
  if (etaSeconds !== undefined) parts.push(`ETA ${formatEta(etaSeconds)}`);
  if (p.skipped) parts.push(`${p.skipped} skipped`);
  if (p.failed) parts.push(`${p.failed} failed`);
  if (p.deleted) parts.push(`${p.deleted} deleted`);
  const retries = p.retries ?? 0;
  parts.push(`${retries} ${retries === 1 ? 'retry' : 'retries'}`);
  return parts.join(' · ');
}
