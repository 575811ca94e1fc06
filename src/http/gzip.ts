import { constants, crc32, deflateRawSync, gzipSync } from 'node:zlib';

/**
 * Below this an answer fits in a few TCP segments: compressing it costs more CPU than it
 * saves time on the wire. The dashboard's map (all 56 jurisdictions, about 130 KB) is the
 * answer this is for: it shrinks to about a tenth.
 */
export const GZIP_MIN_BYTES = 8 * 1024;

/** Clients send a handful of distinct headers ("gzip, deflate, br"): each is parsed once. */
const seen = new Map<string, boolean>();

/** Whether an Accept-Encoding header admits gzip (a q of 0 refuses it; "*" admits it unless gzip is named). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  if (header === undefined) return false;
  const text = Array.isArray(header) ? header.join(',') : header;
  let found = seen.get(text);
  if (found === undefined) {
    found = parseAcceptsGzip(text);
    if (seen.size >= 256) seen.clear();
    seen.set(text, found);
  }
  return found;
}

function parseAcceptsGzip(header: string): boolean {
  let named: boolean | null = null;
  let any = false;
  for (const part of header.split(',')) {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/.exec(p)).find(Boolean);
    const allowed = q ? Number(q[1]) > 0 : true;
    if (coding.trim() === 'gzip' || coding.trim() === 'x-gzip') named = allowed;
    else if (coding.trim() === '*') any = allowed;
  }
  return named ?? any;
}

/** The strong ETag of an answer's gzip form: another representation, so another tag. */
export function gzipEtag(etag: string): string {
  return etag.endsWith('"') ? `${etag.slice(0, -1)}-gzip"` : `${etag}-gzip`;
}

export function gzipWhole(body: string): Buffer {
  return gzipSync(body);
}

/**
 * The compressed start of a body whose end changes per response (a cached answer's
 * rate-limit throttle): deflate blocks that end on a byte boundary without a final block,
 * with the CRC and length of what they hold, so that gzipSpliced can finish the stream.
 */
export interface GzipHead {
  blocks: Buffer;
  crc: number;
  bytes: number;
}

export function gzipHead(head: string): GzipHead {
  return {
    // Made once per cached answer and sent with every hit: worth the best compression.
    blocks: deflateRawSync(head, { level: constants.Z_BEST_COMPRESSION, finishFlush: constants.Z_SYNC_FLUSH }),
    crc: crc32(head),
    bytes: Buffer.byteLength(head),
  };
}

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);

/**
 * A gzip member of head followed by rest, without compressing rest. A deflate stream is a
 * sequence of blocks and a sync flush ends one on a byte boundary, so a final stored block
 * (rest as it is, after a 5-byte header) can follow it: rest is a few dozen bytes, and
 * compressing it would cost more than it saves. The trailer carries the CRC-32 and length
 * of the whole.
 */
export function gzipSpliced(head: GzipHead, rest: string): Buffer {
  const bytes = Buffer.from(rest, 'utf8');
  // A stored block holds at most 65,535 bytes; rest is normally one block.
  const blocks = Math.max(1, Math.ceil(bytes.length / 0xffff));
  const out = Buffer.allocUnsafe(GZIP_HEADER.length + head.blocks.length + 5 * blocks + bytes.length + 8);
  let at = GZIP_HEADER.copy(out, 0);
  at += head.blocks.copy(out, at);
  for (let i = 0; i < blocks; i++) {
    const part = bytes.subarray(i * 0xffff, (i + 1) * 0xffff);
    out[at] = i === blocks - 1 ? 0x01 : 0x00; // BFINAL on the last; BTYPE 00, stored
    out.writeUInt16LE(part.length, at + 1);
    out.writeUInt16LE(~part.length & 0xffff, at + 3);
    at += 5 + part.copy(out, at + 5);
  }
  // Node 20's crc32 can answer 0 for empty input (once its fast call path kicks in) instead of the value it was given.
  out.writeUInt32LE((bytes.length > 0 ? crc32(bytes, head.crc) : head.crc) >>> 0, at);
  out.writeUInt32LE((head.bytes + bytes.length) >>> 0, at + 4);
  return out;
}
