import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { AnyImportKind } from '../kind.js';

/** A small seeded generator (mulberry32), so a synthetic file is the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function field(value: string, quoteAll: boolean): string {
  if (quoteAll || /[",\r\n]/.test(value)) return `"${value.replace(/"/g, '""')}"`;
  return value;
}

/** Writes a synthetic file in the kind's exact header, streaming with backpressure. */
export async function writeSynthFile(kind: AnyImportKind, rows: number, out: string, seed = 7): Promise<number> {
  if (!kind.synth) throw new Error(`${kind.name}: this kind has no synthetic generator`);
  const synth = kind.synth(rows, seededRandom(seed));
  const quoteAll = synth.quoteAll ?? false;
  const stream = createWriteStream(out);
  const line = (values: readonly string[]) => `${values.map((v) => field(v, quoteAll)).join(',')}\r\n`;
  stream.write(line(synth.header));
  let n = 0;
  let chunk = '';
  for (const values of synth.rows) {
    chunk += line(values);
    n += 1;
    if (chunk.length > 1 << 20) {
      if (!stream.write(chunk)) await once(stream, 'drain');
      chunk = '';
    }
  }
  stream.write(chunk);
  stream.end();
  await once(stream, 'finish');
  return n;
}
