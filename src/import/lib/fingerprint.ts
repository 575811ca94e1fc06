import { createHash } from 'node:crypto';
import { openSync, readSync, closeSync, fstatSync } from 'node:fs';

export interface FileFingerprint {
  size: number;
  /** sha256 over the size, the first and the last MiB: cheap on a 10 GB file, and a different release differs there. */
  sha: string;
}

const CHUNK = 1024 * 1024;

export function fingerprintFile(file: string): FileFingerprint {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const hash = createHash('sha256').update(String(size));
    const buf = Buffer.alloc(CHUNK);
    hash.update(buf.subarray(0, readSync(fd, buf, 0, CHUNK, 0)));
    if (size > CHUNK) hash.update(buf.subarray(0, readSync(fd, buf, 0, CHUNK, Math.max(CHUNK, size - CHUNK))));
    return { size, sha: hash.digest('hex') };
  } finally {
    closeSync(fd);
  }
}

export function fingerprintText(text: string): FileFingerprint {
  return { size: Buffer.byteLength(text), sha: createHash('sha256').update(text).digest('hex') };
}
