export interface ProgressState {
  rows: number;
  written: number;
  rejected: number;
  bytes: number;
  totalBytes: number;
  startedAt: number;
  /** Rows and bytes already done before this process started (a resumed import). */
  baseRows: number;
  baseBytes: number;
}

export interface ProgressFigures {
  rows: number;
  written: number;
  rejected: number;
  rowsPerSecond: number;
  percent: number;
  etaSeconds: number | null;
  seconds: number;
}

/** Rate over the rows this process read; percent and ETA from bytes, since a file's row count is unknown until the end. */
export function progressFigures(s: ProgressState, now: number): ProgressFigures {
  const seconds = Math.max((now - s.startedAt) / 1000, 1e-3);
  const rowsHere = s.rows - s.baseRows;
  const bytesHere = s.bytes - s.baseBytes;
  const percent = s.totalBytes > 0 ? Math.min(100, (100 * s.bytes) / s.totalBytes) : 100;
  const bytesPerSecond = bytesHere / seconds;
  const etaSeconds = bytesPerSecond > 0 ? Math.max(0, (s.totalBytes - s.bytes) / bytesPerSecond) : null;
  return {
    rows: s.rows,
    written: s.written,
    rejected: s.rejected,
    rowsPerSecond: Math.round(rowsHere / seconds),
    percent: Math.round(percent * 10) / 10,
    etaSeconds: etaSeconds === null ? null : Math.round(etaSeconds),
    seconds: Math.round(seconds * 10) / 10,
  };
}

function clock(seconds: number | null): string {
  if (seconds === null) return '--:--';
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  return `${m}:${String(s).padStart(2, '0')}`;
}

export function progressLine(f: ProgressFigures, width = 24): string {
  const filled = Math.round((f.percent / 100) * width);
  const bar = `${'#'.repeat(filled)}${'-'.repeat(width - filled)}`;
  return `[${bar}] ${f.percent.toFixed(1)}% ${f.rows.toLocaleString('en-US')} rows ${f.rowsPerSecond.toLocaleString('en-US')} rows/s rejected ${f.rejected} ETA ${clock(f.etaSeconds)}`;
}

/**
 * The progress display on stderr: a redrawn bar on a terminal, one line every few seconds
 * otherwise, and one JSON object per tick with --json.
 */
export class Progress {
  private timer: NodeJS.Timeout | null = null;
  private lastPlain = 0;

  constructor(
    private readonly state: ProgressState,
    private readonly options: { json: boolean; write?: (text: string) => void; isTTY?: boolean; intervalMs?: number },
  ) {}

  start(): void {
    this.timer = setInterval(() => this.tick(), this.options.intervalMs ?? 500);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.tick(true);
    if (!this.options.json && (this.options.isTTY ?? process.stderr.isTTY)) this.write('\n');
  }

  private write(text: string): void {
    (this.options.write ?? ((t: string) => process.stderr.write(t)))(text);
  }

  private tick(final = false): void {
    const now = Date.now();
    const f = progressFigures(this.state, now);
    if (this.options.json) {
      this.write(`${JSON.stringify({ event: 'progress', ...f })}\n`);
    } else if (this.options.isTTY ?? process.stderr.isTTY) {
      this.write(`\r${progressLine(f)}`);
    } else if (final || now - this.lastPlain >= 5000) {
      this.lastPlain = now;
      this.write(`${progressLine(f)}\n`);
    }
  }
}
