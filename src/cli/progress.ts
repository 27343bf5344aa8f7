import type { CliIo } from "./run.js";

const PROGRESS_INTERVAL_MS = 250;
/** Longer lines would wrap on a narrow terminal, and "\r" cannot overwrite a wrapped line. */
const MAX_LINE_CHARS = 78;

/** A single self-overwriting status line, only on an interactive stderr and never with --quiet. */
export class Progress {
  private readonly enabled: boolean;
  private shown = false;
  private lastShown = 0;

  constructor(private readonly io: CliIo, quiet: boolean) {
    this.enabled = !quiet && io.stderr.isTTY === true;
  }

  show(message: string, throttle = false): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (throttle && this.shown && now - this.lastShown < PROGRESS_INTERVAL_MS) return;
    const line = message.length > MAX_LINE_CHARS ? `${message.slice(0, MAX_LINE_CHARS - 1)}…` : message;
    this.io.stderr.write(`\r${line}\u001b[K`);
    this.shown = true;
    this.lastShown = now;
  }

  clear(): void {
    if (this.shown) this.io.stderr.write("\r\u001b[K");
    this.shown = false;
  }
}
