import { closeSync, existsSync, ftruncateSync, openSync, writeSync, fstatSync } from 'node:fs';

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * FILE.rejects.csv: line number, reason and the raw values of each rejected row. Writes
 * are synchronous so the byte length stored with a checkpoint is what is on disk; a
 * resumed import truncates the file back to it, so no reject is listed twice.
 */
export class RejectsFile {
  private fd: number | null = null;
  private bytes = 0;
  count = 0;

  constructor(
    readonly path: string,
    private readonly enabled = true,
  ) {}

  open(resumeAtBytes: number | null): void {
    if (!this.enabled) return;
    if (resumeAtBytes !== null && existsSync(this.path)) {
      this.fd = openSync(this.path, 'r+');
      ftruncateSync(this.fd, Math.min(resumeAtBytes, fstatSync(this.fd).size));
      this.bytes = Math.min(resumeAtBytes, fstatSync(this.fd).size);
      if (this.bytes === 0) this.writeLine('line,reason,row');
      return;
    }
    this.fd = openSync(this.path, 'w');
    this.bytes = 0;
    this.writeLine('line,reason,row');
  }

  add(line: number, reason: string, raw: readonly string[]): void {
    this.count += 1;
    if (this.fd === null) return;
    this.writeLine(`${line},${csvField(reason)},${csvField(raw.map(csvField).join(','))}`);
  }

  get size(): number {
    return this.bytes;
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  private writeLine(text: string): void {
    const buf = Buffer.from(`${text}\n`);
    writeSync(this.fd!, buf, 0, buf.length, this.bytes);
    this.bytes += buf.length;
  }
}
