import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { todayIso } from '../domain/dates.js';
import { acceptsGzip, GZIP_MIN_BYTES, gzipEtag, gzipHead, gzipSpliced, gzipWhole, type GzipHead } from './gzip.js';

/**
 * Whole GraphQL responses, kept per instance and keyed by the operation, its variables,
 * the day (answers default to today) and the graph's data version. Every write bumps the
 * version, so an answer is served from here only while the data it came from is current;
 * a new version empties the cache. Only successful answers without errors are kept;
 * requests with x-debug, or with Cache-Control: no-cache, are answered fresh and not kept.
 *
 * GET answers carry Cache-Control and an ETag, and a matching If-None-Match gets 304.
 *
 * An answer over 8 KB goes out gzipped to a client that takes gzip (gzip.ts); GET answers say
 * Vary: Accept-Encoding.
 *
 * An entry keeps what its answer cost and its body split around the rate-limit throttle,
 * so a hit is a lookup, a charge of the known cost and two string joins: no parsing. A
 * large answer asked for with gzip keeps its compressed start too, and a hit compresses
 * only the throttle and what follows it (gzip.ts).
 */
interface Entry {
  body: string;
  etag: string;
  contentType: string;
  /** What the answer charged its client (extensions.cost.requested, at least 1). */
  cost: number;
  /** extensions.cost without its throttle, for a refusal; null when the answer carried no cost. */
  costExtension: Record<string, unknown> | null;
  /** The body before and after the throttle's value; null when the body has none to refresh. */
  split: { head: string; tail: string } | null;
  /** Made by the first hit that takes gzip: the compressed head of split (its end is compressed per hit)... */
  gzipHead?: GzipHead;
  /** ...or the whole body compressed, when there is no throttle to refresh. */
  gzipBody?: Buffer;
}

const MAX_BODY_BYTES = 1 << 20;

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  version: number | null = null;

  constructor(private readonly maxEntries: number) {}

  setVersion(version: number | null): void {
    if (version !== this.version) this.entries.clear();
    this.version = version;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): Entry | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      // Least recently used goes first: re-insert to mark as fresh.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, body: string, contentType: string, answer: Answer): Entry {
    const entry: Entry = { body, etag: etagOf(this.version, body), contentType, ...costParts(answer) };
    if (this.maxEntries === 0 || body.length > MAX_BODY_BYTES) return entry;
    this.entries.set(key, entry);
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return entry;
  }
}

interface Answer {
  errors?: unknown;
  extensions?: { cost?: { requested?: number; throttle?: unknown } & Record<string, unknown> } & Record<string, unknown>;
}

/** Stands for the throttle while the body is split; the answer is rebuilt with it last, so its last occurrence is the one. */
const MARK = '\u0000throttle\u0000';
const THROTTLE_MARK = JSON.stringify(MARK);

function costParts(answer: Answer): Pick<Entry, 'cost' | 'costExtension' | 'split'> {
  const cost = answer.extensions?.cost;
  if (!cost) return { cost: 1, costExtension: null, split: null };
  const { throttle: _throttle, ...costExtension } = cost;
  const { extensions: { cost: _cost, ...otherExtensions } = {}, ...rest } = answer;
  const marked = JSON.stringify({ ...rest, extensions: { ...otherExtensions, cost: { ...costExtension, throttle: MARK } } });
  const at = marked.lastIndexOf(THROTTLE_MARK);
  return {
    cost: Math.max(1, cost.requested ?? 1),
    costExtension,
    split: { head: marked.slice(0, at), tail: marked.slice(at + THROTTLE_MARK.length) },
  };
}

function etagOf(version: number | null, body: string): string {
  return `"${version ?? 'x'}-${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
}

/** The operation as sent: query text, operation name and variables, from the body (POST) or the URL (GET). */
export function operationOf(
  source: Record<string, unknown> | undefined,
): { query: unknown; operationName: unknown; variables: unknown } | null {
  if (!source || typeof source.query !== 'string') return null;
  let variables: unknown = source.variables ?? null;
  if (typeof variables === 'string') {
    try {
      variables = JSON.parse(variables) as unknown;
    } catch {
      return null;
    }
  }
  return { query: source.query, operationName: source.operationName ?? null, variables };
}

const GET_CACHE_CONTROL = 'public, max-age=1';

/**
 * What a cached answer costs its client: the rate limit holds for answers from the cache too
 * (else repeating one query would be free). Returns the fresh throttle to put in the answer,
 * or a refusal with the seconds to wait.
 */
export type CachedCharge = (
  requested: number,
) => { ok: true; throttle: unknown } | { ok: false; throttle: unknown; retryAfterSeconds: number; remaining: number };

/** Where a fresh answer goes: into the cache under key, if the data did not change meanwhile. */
export interface Keep {
  cache: ResponseCache;
  key: string;
  version: number | null;
}

/**
 * Answers a GraphQL request from the cache when it can (returns null), or says what to do
 * with the fresh answer: keep it under a key, or just send it (keep null).
 */
export function answerFromCache(
  cache: ResponseCache,
  req: IncomingMessage,
  res: ServerResponse,
  operation: ReturnType<typeof operationOf>,
  charge: CachedCharge,
): { keep: Keep | null } | null {
  const isGet = req.method === 'GET';
  // Only a cached GET answer may be kept by others, and it says so below.
  res.setHeader('cache-control', 'no-store');
  // Only a GET answer may be kept by a shared cache, which must then key it by encoding too.
  if (isGet) {
    const vary = res.getHeader('vary');
    res.setHeader('vary', vary ? `${String(vary)}, Accept-Encoding` : 'Accept-Encoding');
  }
  if (!operation || cache.version === null || req.headers['x-debug'] !== undefined) {
    res.setHeader('x-cache', 'BYPASS');
    return { keep: null };
  }
  // The Accept header picks the response's media type, so it is part of the key.
  const key = JSON.stringify([
    cache.version,
    todayIso(),
    req.headers.accept ?? null,
    operation.query,
    operation.operationName,
    operation.variables,
  ]);
  const noCache = /no-cache|no-store/.test(String(req.headers['cache-control'] ?? ''));
  const hit = noCache ? undefined : cache.get(key);
  if (!hit) {
    res.setHeader('x-cache', 'MISS');
    // A client that asks for a fresh answer gets one and leaves the cache as it was: keeping
    // its answer would cost every such request a parse and a serialization of the body. A
    // conditional GET still goes on, since revalidating sends no-cache (fetch adds it to any
    // request with If-None-Match) and must get its 304 when the fresh answer matches.
    const keep = !noCache || (isGet && req.headers['if-none-match'] !== undefined);
    return { keep: keep ? { cache, key, version: cache.version } : null };
  }
  res.setHeader('x-cache', 'HIT');
  const paid = charge(hit.cost);
  if (!paid.ok) {
    res.setHeader('retry-after', String(paid.retryAfterSeconds));
    res.statusCode = 429;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    send(
      req,
      res,
      JSON.stringify({
        errors: [
          {
            message: `Rate limit: this operation costs ${hit.cost} points and ${paid.remaining} are left; retry in ${paid.retryAfterSeconds} s.`,
            extensions: { code: 'RATE_LIMITED', retryAfter: paid.retryAfterSeconds },
          },
        ],
        extensions: { cost: { ...hit.costExtension, throttle: paid.throttle } },
      }),
    );
    return null;
  }
  // A split answer takes this client's throttle between its head and tail.
  const split = hit.split;
  const gzip = hit.body.length >= GZIP_MIN_BYTES && acceptsGzip(req.headers['accept-encoding']);
  res.setHeader('etag', gzip ? gzipEtag(hit.etag) : hit.etag);
  if (isGet) {
    res.setHeader('cache-control', GET_CACHE_CONTROL);
    if (matches(req.headers['if-none-match'], hit.etag)) {
      res.statusCode = 304;
      res.end();
      return null;
    }
  }
  res.statusCode = 200;
  res.setHeader('content-type', hit.contentType);
  if (gzip) {
    res.setHeader('content-encoding', 'gzip');
    if (split) send(req, res, gzipSpliced((hit.gzipHead ??= gzipHead(split.head)), JSON.stringify(paid.throttle) + split.tail));
    else send(req, res, (hit.gzipBody ??= gzipWhole(hit.body)));
    return null;
  }
  send(req, res, split ? split.head + JSON.stringify(paid.throttle) + split.tail : hit.body);
  return null;
}

/**
 * Sends a fresh answer: kept in the cache (with its ETag, and a 304 for a matching GET) when
 * it is a success without errors, and gzipped when it is over 8 KB and the client takes gzip.
 */
export function sendAnswer(req: IncomingMessage, res: ServerResponse, body: string, keep: Keep | null): void {
  if (keep && res.statusCode === 200 && keep.cache.version === keep.version) {
    const answer = parsed(body);
    if (answer && answer.errors === undefined) {
      const entry = keep.cache.set(keep.key, body, String(res.getHeader('content-type') ?? 'application/json; charset=utf-8'), answer);
      res.setHeader('etag', entry.etag);
      if (req.method === 'GET') {
        res.setHeader('cache-control', GET_CACHE_CONTROL);
        if (matches(req.headers['if-none-match'], entry.etag)) {
          res.statusCode = 304;
          res.end();
          return;
        }
      }
    }
  }
  if (body.length >= GZIP_MIN_BYTES && acceptsGzip(req.headers['accept-encoding']) && res.getHeader('content-encoding') === undefined) {
    const etag = res.getHeader('etag');
    if (typeof etag === 'string') res.setHeader('etag', gzipEtag(etag));
    res.setHeader('content-encoding', 'gzip');
    send(req, res, gzipWhole(body));
    return;
  }
  send(req, res, body);
}

/** Writes a whole body with its length; a HEAD request gets the headers only. */
function send(req: IncomingMessage, res: ServerResponse, body: string | Buffer): void {
  res.setHeader('content-length', typeof body === 'string' ? Buffer.byteLength(body) : body.length);
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** If-None-Match names the answer in either of its forms: a 304 sends no body, so the encoding does not matter. */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  return ifNoneMatch !== undefined && (ifNoneMatch === etag || ifNoneMatch === gzipEtag(etag));
}

function parsed(body: string): Answer | null {
  try {
    const answer = JSON.parse(body) as unknown;
    return answer !== null && typeof answer === 'object' ? answer : null;
  } catch {
    return null;
  }
}
