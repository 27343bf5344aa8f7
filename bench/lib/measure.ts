import { performance } from "node:perf_hooks";

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Milliseconds taken by fn. */
export function timeMs(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/**
 * Peak memory as sampled by the caller (heap after each unit of work) and as the OS saw it
 * (maxRSS over the process lifetime, which includes loading the corpora and the model).
 */
export class MemoryWatch {
  private peakHeap = 0;
  private peakRss = 0;

  sample(): void {
    const m = process.memoryUsage();
    if (m.heapUsed > this.peakHeap) this.peakHeap = m.heapUsed;
    if (m.rss > this.peakRss) this.peakRss = m.rss;
  }

  report(): { peakHeapMB: number; peakRssSampledMB: number; maxRssMB: number } {
    this.sample();
    return {
      peakHeapMB: this.peakHeap / 2 ** 20,
      peakRssSampledMB: this.peakRss / 2 ** 20,
      maxRssMB: process.resourceUsage().maxRSS / 1024,
    };
  }
}

export function mb(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MB`;
}
