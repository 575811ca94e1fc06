import { createHash } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
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
function operationOf(req: Request): { query: unknown; operationName: unknown; variables: unknown } | null {
  const source = req.method === 'GET' ? (req.query as Record<string, unknown>) : (req.body as Record<string, unknown> | undefined);
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
  req: Request,
  requested: number,
) => { ok: true; throttle: unknown } | { ok: false; throttle: unknown; retryAfterSeconds: number; remaining: number };

export function responseCacheMiddleware(cache: ResponseCache, charge?: CachedCharge) {
  return (req: Request, res: Response, next: NextFunction): void => {
    // Only a cached GET answer may be kept by others, and it says so below.
    res.setHeader('cache-control', 'no-store');
    // Only a GET answer may be kept by a shared cache, which must then key it by encoding too.
    if (req.method === 'GET') {
      const vary = res.getHeader('vary');
      res.setHeader('vary', vary ? `${String(vary)}, Accept-Encoding` : 'Accept-Encoding');
    }
    const op = req.method === 'GET' || req.method === 'POST' ? operationOf(req) : null;
    if (!op || cache.version === null || req.headers['x-debug'] !== undefined) {
      res.setHeader('x-cache', 'BYPASS');
      gzipFresh(req, res);
      return next();
    }
    // The Accept header picks the response's media type, so it is part of the key.
    const key = JSON.stringify([cache.version, todayIso(), req.headers.accept ?? null, op.query, op.operationName, op.variables]);
    const isGet = req.method === 'GET';
    const noCache = /no-cache|no-store/.test(String(req.headers['cache-control'] ?? ''));
    const hit = noCache ? undefined : cache.get(key);
    if (hit) {
      res.setHeader('x-cache', 'HIT');
      let body = hit.body;
      let throttle: string | null = null;
      if (charge) {
        const requested = hit.cost;
        const paid = charge(req, requested);
        if (!paid.ok) {
          res.setHeader('retry-after', String(paid.retryAfterSeconds));
          res.status(429).json({
            errors: [
              {
                message: `Rate limit: this operation costs ${requested} points and ${paid.remaining} are left; retry in ${paid.retryAfterSeconds} s.`,
                extensions: { code: 'RATE_LIMITED', retryAfter: paid.retryAfterSeconds },
              },
            ],
            extensions: { cost: { ...hit.costExtension, throttle: paid.throttle } },
          });
          return;
        }
        if (hit.split) throttle = JSON.stringify(paid.throttle);
      }
      const gzip = hit.body.length >= GZIP_MIN_BYTES && acceptsGzip(req.headers['accept-encoding']);
      res.setHeader('etag', gzip ? gzipEtag(hit.etag) : hit.etag);
      if (isGet) {
        res.setHeader('cache-control', GET_CACHE_CONTROL);
        if (matches(req.headers['if-none-match'], hit.etag)) {
          res.status(304).end();
          return;
        }
      }
      res.status(200).setHeader('content-type', hit.contentType);
      if (gzip) {
        res.setHeader('content-encoding', 'gzip');
        if (throttle !== null && hit.split) {
          const head = (hit.gzipHead ??= gzipHead(hit.split.head));
          res.send(gzipSpliced(head, throttle + hit.split.tail));
        } else res.send((hit.gzipBody ??= gzipWhole(body)));
        return;
      }
      if (throttle !== null && hit.split) body = hit.split.head + throttle + hit.split.tail;
      res.send(body);
      return;
    }
    res.setHeader('x-cache', 'MISS');
    // A client that asks for a fresh answer gets one and leaves the cache as it was: keeping
    // its answer would cost every such request a parse and a serialization of the body. A
    // conditional GET still goes on, since revalidating sends no-cache (fetch adds it to any
    // request with If-None-Match) and must get its 304 when the fresh answer matches.
    if (noCache && !(isGet && req.headers['if-none-match'] !== undefined)) {
      gzipFresh(req, res);
      return next();
    }
    const version = cache.version;
    const send = compressing(req, res, res.send.bind(res));
    res.send = (body?: unknown) => {
      res.send = send;
      const answer = res.statusCode === 200 && typeof body === 'string' && cache.version === version ? parsed(body) : null;
      if (answer && answer.errors === undefined) {
        const entry = cache.set(key, body as string, String(res.getHeader('content-type') ?? 'application/json; charset=utf-8'), answer);
        res.setHeader('etag', entry.etag);
        if (isGet) {
          res.setHeader('cache-control', GET_CACHE_CONTROL);
          if (matches(req.headers['if-none-match'], entry.etag)) return res.status(304).end();
        }
      }
      return send(body);
    };
    next();
  };
}

/** If-None-Match names the answer in either of its forms: a 304 sends no body, so the encoding does not matter. */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  return ifNoneMatch !== undefined && (ifNoneMatch === etag || ifNoneMatch === gzipEtag(etag));
}

/**
 * Sends a fresh answer over 8 KB gzipped when the client takes gzip (an answer from the cache
 * is compressed above, once). Its ETag, if it has one, becomes the gzip form's.
 */
function compressing(req: Request, res: Response, send: Response['send']): (body?: unknown) => Response {
  if (!acceptsGzip(req.headers['accept-encoding'])) return send;
  return (body?: unknown) => {
    if (typeof body !== 'string' || body.length < GZIP_MIN_BYTES || res.getHeader('content-encoding') !== undefined) return send(body);
    const etag = res.getHeader('etag');
    if (typeof etag === 'string') res.setHeader('etag', gzipEtag(etag));
    res.setHeader('content-encoding', 'gzip');
    return send(gzipWhole(body));
  };
}

/** For an answer that goes past the cache: compress it on its way out if it is large. */
function gzipFresh(req: Request, res: Response): void {
  const send = res.send.bind(res);
  const compressed = compressing(req, res, send);
  if (compressed === send) return;
  res.send = (body?: unknown) => {
    res.send = send;
    return compressed(body);
  };
}

function parsed(body: string): Answer | null {
  try {
    const answer = JSON.parse(body) as unknown;
    return answer !== null && typeof answer === 'object' ? answer : null;
  } catch {
    return null;
  }
}
