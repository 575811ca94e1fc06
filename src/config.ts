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

const bool = z
  .enum(['true', 'false', '1', '0'], { message: 'true or false' })
  .transform((v) => v === 'true' || v === '1');

const neo4jUri = z.string().refine((value) => {
  try {
    const scheme = new URL(value).protocol.replace(/:$/, '');
    return (NEO4J_SCHEMES as readonly string[]).includes(scheme);
  } catch {
    return false;
  }
}, `a URI with scheme ${NEO4J_SCHEMES.map((s) => `${s}://`).join(', ')}`);

const envSchema = z.object({
  PORT: int(0, 65535).default('4000'),
  HOST: z.string().min(1, 'a host name or address').default('127.0.0.1'),
  NEO4J_URI: neo4jUri.optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().regex(/^[A-Za-z][A-Za-z0-9.-]{0,62}$/, 'a Neo4j database name').default('neo4j'),
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
    corsOrigins: e.CORS_ORIGINS === '*' ? '*' : e.CORS_ORIGINS.split(',').map((s) => s.trim()).filter(Boolean),
    persistedDocuments: e.PERSISTED_DOCUMENTS,
    responseCache: { entries: e.RESPONSE_CACHE_ENTRIES, pollMs: e.DATA_VERSION_POLL_MS },
  };
}

export function loadConfig(): Config {
  return parseConfig(process.env);
}
