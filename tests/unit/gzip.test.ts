import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { acceptsGzip, gzipEtag, gzipHead, gzipSpliced, gzipWhole } from '../../src/http/gzip.js';

describe('acceptsGzip', () => {
  it('reads Accept-Encoding as RFC 9110 does: named codings, q=0 refusals and the wildcard', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true);
    expect(acceptsGzip('GZip')).toBe(true);
    expect(acceptsGzip('x-gzip')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0.5')).toBe(true);
    expect(acceptsGzip(undefined)).toBe(false);
    expect(acceptsGzip('')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip('deflate, br')).toBe(false);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('gzip; q=0.000')).toBe(false);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('*;q=0')).toBe(false);
    // A named refusal wins over the wildcard.
    expect(acceptsGzip('*, gzip;q=0')).toBe(false);
    expect(acceptsGzip(['deflate', 'gzip'])).toBe(true);
  });
});

describe('gzip of a cached answer', () => {
  // Multi-byte characters: the trailer's length counts bytes, not UTF-16 units.
  const head = `{"data":{"names":${JSON.stringify(Array.from({ length: 3000 }, (_, i) => `Área ${i} — Île-de-France ✓ 😀`))}},"extensions":{"throttle":`;
  // The last one needs more than one stored block (65,535 bytes each).
  const rests = ['{"remaining":9999}}}', '{"remaining":0,"note":"é"}}}', '}}', '', `"${'ü'.repeat(70_000)}"}}`];

  it('decompresses to the head and each later end, with the head compressed once', () => {
    const compressed = gzipHead(head);
    for (const rest of rests) {
      const spliced = gzipSpliced(compressed, rest);
      expect(gunzipSync(spliced).toString('utf8')).toBe(head + rest);
      expect(spliced.length).toBeLessThan(Buffer.byteLength(head) / 5 + Buffer.byteLength(rest) + 32);
    }
  });

  it('compresses a whole body, and names the gzip form with its own ETag', () => {
    expect(gunzipSync(gzipWhole(head + rests[0])).toString('utf8')).toBe(head + rests[0]);
    expect(gzipEtag('"12-abcDEF_-"')).toBe('"12-abcDEF_--gzip"');
  });
});
