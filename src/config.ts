import { z } from 'zod';

/**
 * The only reader of process.env. Everything else receives a Config.
 * A bad value stops the process before anything starts, with one line naming
 * the variable, the value and what is accepted.
 */

const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'] as const;

const int = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `an integer from ${min} to ${max}`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `an integer from ${min} to ${max}`);

const bool = z.enum(['true', 'false', '1', '0'], { message: 'true or false' }).transform((v) => v === 'true' || v === '1');

const neo4jUri = z.string().refine(
  (value) => {
    try {
      const scheme = new URL(value).protocol.replace(/:$/, '');
      return (NEO4J_SCHEMES as readonly string[]).includes(scheme);
    } catch {
      return false;
    }
  },
  `a URI with scheme ${NEO4J_SCHEMES.map((s) => `${s}://`).join(', ')}`,
);

const envSchema = z.object({
  PORT: int(0, 65535).default('4000'),
  HOST: z.string().min(1, 'a host name or address').default('127.0.0.1'),
  NEO4J_URI: neo4jUri.optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9.-]{0,62}$/, 'a Neo4j database name')
    .default('neo4j'),
  NEO4J_BOLT_PORT: int(1, 65535).default('7687'),
  NEO4J_HEAP_MB: int(256, 16384).default('2048'),
  NEO4J_PAGECACHE_MB: int(64, 16384).default('1024'),
  DATA_DIR: z.string().min(1, 'a directory path').default('.data'),
  QUERY_TIMEOUT_MS: int(100, 120000).default('10000'),
  SEED_ON_START: bool.default('true'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error'], { message: 'debug, info, warn or error' }).default('info'),
  CORS_ORIGINS: z.string().default('*'),
  PERSISTED_DOCUMENTS: z.enum(['accept', 'only'], { message: 'accept or only' }).default('accept'),
  RESPONSE_CACHE_ENTRIES: int(0, 1_000_000).default('2000'),
  DATA_VERSION_POLL_MS: int(50, 60_000).default('500'),
  // Limits checked before anything runs; see "Running it in public" in the README.
  MAX_BODY_BYTES: int(1024, 10 * 1024 * 1024).default('102400'),
  MAX_TOKENS: int(10, 100000).default('2000'),
  MAX_DEPTH: int(1, 100).default('10'),
  MAX_ALIASES: int(0, 1000).default('30'),
  MAX_DIRECTIVES: int(0, 1000).default('20'),
  // The dashboard's map (56 jurisdictions and their contractors) costs about 1,600: it must fit.
  MAX_COST: int(1, 1000000).default('2500'),
  RATE_LIMIT_MAXIMUM: int(1, 100000000).default('10000'),
  RATE_LIMIT_RESTORE_RATE: int(1, 10000000).default('250'),
  API_KEYS: z
    .string()
    .regex(
      /^[A-Za-z0-9._~+/=-]{16,}(,[A-Za-z0-9._~+/=-]{16,})*$/,
      'comma-separated keys of at least 16 characters (letters, digits, ._~+/=-)',
    )
    .optional(),
  API_KEY_RATE_LIMIT_MAXIMUM: int(1, 100000000).default('50000'),
  API_KEY_RATE_LIMIT_RESTORE_RATE: int(1, 10000000).default('1000'),
  TRUST_PROXY: bool.default('false'),
  REQUEST_DEADLINE_MS: int(100, 600000).default('15000'),
  NEO4J_POOL_SIZE: int(1, 10000).default('100'),
  NEO4J_ACQUIRE_TIMEOUT_MS: int(10, 120000).default('3000'),
  DEBUG_HEADER_KEY: z.string().min(16, 'a secret of at least 16 characters').optional(),
});

export interface Config {
  port: number;
  host: string;
  neo4j:
    | { mode: 'external'; uri: string; user: string; password: string; database: string }
    | { mode: 'embedded'; boltPort: number; dataDir: string; heapMb: number; pageCacheMb: number; database: string };
  queryTimeoutMs: number;
  seedOnStart: boolean;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  corsOrigins: string[] | '*';
  /** accept: documentId and free queries; only: just the allow-listed persisted documents. */
  persistedDocuments: 'accept' | 'only';
  /** Responses kept per instance (0 turns the cache off), and how often the data version is read. */
  responseCache: { entries: number; pollMs: number };
  limits: {
    /** Largest request body in bytes (413 PAYLOAD_TOO_LARGE above). */
    bodyBytes: number;
    tokens: number;
    depth: number;
    aliases: number;
    directives: number;
    /** Largest static cost of one operation (see graphql/plugins/cost.ts). */
    cost: number;
  };
  rateLimit: {
    /** Leaky bucket per client IP: capacity in cost points and points restored per second. */
    anonymous: { maximum: number; restoreRate: number };
    /** Each API key (authorization: Bearer <key>) gets its own bucket of this size. */
    perKey: { maximum: number; restoreRate: number };
    apiKeys: string[];
    /** Take the client IP from X-Forwarded-For (only behind a proxy you run). */
    trustProxy: boolean;
  };
  /** Time budget shared by all the Cypher one request runs. */
  requestDeadlineMs: number;
  pool: { size: number; acquireTimeoutMs: number };
  /** x-debug is honoured only when this is set and the header carries it. */
  debugHeaderKey: string | null;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly value: string | undefined,
    readonly accepted: string,
  ) {
    super(`Invalid configuration: ${variable}=${JSON.stringify(value ?? '')} is not accepted; expected ${accepted}.`);
    this.name = 'ConfigError';
  }
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  // Empty strings count as unset, as shells often export VAR= to clear a value.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(present);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const variable = String(issue.path[0]);
    throw new ConfigError(variable, env[variable], issue.message);
  }
  const e = result.data;
  return {
    port: e.PORT,
    host: e.HOST,
    neo4j: e.NEO4J_URI
      ? { mode: 'external', uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE }
      : {
          mode: 'embedded',
          boltPort: e.NEO4J_BOLT_PORT,
          dataDir: e.DATA_DIR,
          heapMb: e.NEO4J_HEAP_MB,
          pageCacheMb: e.NEO4J_PAGECACHE_MB,
          database: 'neo4j',
        },
    queryTimeoutMs: e.QUERY_TIMEOUT_MS,
    seedOnStart: e.SEED_ON_START,
    logLevel: e.LOG_LEVEL,
    corsOrigins:
      e.CORS_ORIGINS === '*'
        ? '*'
        : e.CORS_ORIGINS.split(',')
            .map((s) => s.trim())
            .filter(Boolean),
    persistedDocuments: e.PERSISTED_DOCUMENTS,
    responseCache: { entries: e.RESPONSE_CACHE_ENTRIES, pollMs: e.DATA_VERSION_POLL_MS },
    limits: {
      bodyBytes: e.MAX_BODY_BYTES,
      tokens: e.MAX_TOKENS,
      depth: e.MAX_DEPTH,
      aliases: e.MAX_ALIASES,
      directives: e.MAX_DIRECTIVES,
      cost: e.MAX_COST,
    },
    rateLimit: {
      anonymous: { maximum: e.RATE_LIMIT_MAXIMUM, restoreRate: e.RATE_LIMIT_RESTORE_RATE },
      perKey: { maximum: e.API_KEY_RATE_LIMIT_MAXIMUM, restoreRate: e.API_KEY_RATE_LIMIT_RESTORE_RATE },
      apiKeys: e.API_KEYS ? e.API_KEYS.split(',') : [],
      trustProxy: e.TRUST_PROXY,
    },
    requestDeadlineMs: e.REQUEST_DEADLINE_MS,
    pool: { size: e.NEO4J_POOL_SIZE, acquireTimeoutMs: e.NEO4J_ACQUIRE_TIMEOUT_MS },
    debugHeaderKey: e.DEBUG_HEADER_KEY ?? null,
  };
}

export function loadConfig(): Config {
  return parseConfig(process.env);
}
