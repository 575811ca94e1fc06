import { startEmbeddedNeo4j, type EmbeddedNeo4j, type EmbeddedOptions } from './embedded.js';
import { ensureLauncherBuilt } from './neo4jLauncher.js';

export interface SupervisorEvents {
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

export interface SupervisedNeo4j {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  /** The pid of the process running now (it changes after a restart). */
  readonly pid: number;
  /** How many times the process was started again after dying. */
  readonly restarts: number;
  stop(): Promise<void>;
}

export interface SupervisorOptions extends EmbeddedOptions {
  /** First wait before a restart; doubled after each failed attempt, up to maxBackoffMs. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
}

/**
 * Keeps the embedded Neo4j running: when the process dies (killed, out of memory, crashed)
 * it is started again on the same port and data, after a backoff that doubles while starts
 * keep failing. The driver reconnects by itself, so the API answers again without a
 * restart of its own. stop() ends supervision before stopping the process.
 */
export async function superviseEmbeddedNeo4j(options: SupervisorOptions, log: SupervisorEvents): Promise<SupervisedNeo4j> {
  const initial = options.initialBackoffMs ?? 1000;
  const max = options.maxBackoffMs ?? 30_000;
  // Built (or found) once, before anything serves: restarts must not block the event loop.
  const launcher = options.launcher ?? ensureLauncherBuilt(options.log);
  const start = () => startEmbeddedNeo4j({ ...options, launcher });
  let current: EmbeddedNeo4j = await start();
  let stopped = false;
  let restarts = 0;
  let wake: (() => void) | null = null;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => (clearTimeout(timer), resolve());
    });

  const watch = async (): Promise<void> => {
    while (!stopped) {
      const { code, signal } = await current.exited;
      if (stopped) return;
      log.error('embedded Neo4j exited; restarting it', { pid: current.pid, code, signal });
      let backoff = initial;
      while (!stopped) {
        await sleep(backoff);
        if (stopped) return;
        const started = Date.now();
        try {
          current = await start();
          restarts += 1;
          log.info('embedded Neo4j restarted', { pid: current.pid, restarts, ms: Date.now() - started });
          if (stopped) await current.stop();
          break;
        } catch (error) {
          log.warn('embedded Neo4j restart failed; retrying', {
            backoffMs: Math.min(backoff * 2, max),
            error: error instanceof Error ? error.message.split('\n')[0] : String(error),
          });
          backoff = Math.min(backoff * 2, max);
        }
      }
    }
  };
  const watching = watch();

  return {
    uri: current.uri,
    user: current.user,
    password: current.password,
    get pid() {
      return current.pid;
    },
    get restarts() {
      return restarts;
    },
    async stop() {
      stopped = true;
      wake?.();
      await current.stop();
      await watching;
    },
  };
}
