import { constants, crc32, deflateRawSync, gzipSync } from 'node:zlib';

/**
 * Below this an answer fits in a few TCP segments: compressing it costs more CPU than it
 * saves time on the wire. The dashboard's map (all 56 jurisdictions, about 130 KB) is the
 * answer this is for: it shrinks to about a tenth.
 */
export const GZIP_MIN_BYTES = 8 * 1024;

/** Whether an Accept-Encoding header admits gzip (a q of 0 refuses it; "*" admits it unless gzip is named). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  if (header === undefined) return false;
  let named: boolean | null = null;
  let any = false;
  for (const part of (Array.isArray(header) ? header.join(',') : header).split(',')) {
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
    blocks: deflateRawSync(head, { finishFlush: constants.Z_SYNC_FLUSH }),
    crc: crc32(head),
    bytes: Buffer.byteLength(head),
  };
}

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);

/**
 * A gzip member of head followed by rest, compressing only rest. A deflate stream is a
 * sequence of blocks and a sync flush ends one on a byte boundary, so rest's own stream
 * (ending in the final block) can follow it; its back-references stay within itself.
 * The trailer carries the CRC-32 and length of the whole.
 */
export function gzipSpliced(head: GzipHead, rest: string): Buffer {
  const tail = deflateRawSync(rest);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc32(rest, head.crc) >>> 0, 0);
  trailer.writeUInt32LE((head.bytes + Buffer.byteLength(rest)) >>> 0, 4);
  return Buffer.concat([GZIP_HEADER, head.blocks, tail, trailer]);
}
