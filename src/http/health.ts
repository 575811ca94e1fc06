import type { Router } from 'express';
import express from 'express';
import type { Database } from '../db/database.js';
import { ServiceOverloadedError } from '../db/errors.js';
import type { Logger } from '../logger.js';

/**
 * /health: the process answers. /ready: the database answers too; otherwise 503 with a
 * reason code, the detail going to the log only (an error's message may name hosts or paths).
 */
export function healthRouter(db: Database, logger: Logger): Router {
  const router = express.Router();
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/ready', async (_req, res) => {
    try {
      await db.ping(2000);
      res.json({ status: 'ready' });
    } catch (error) {
      const reason = error instanceof ServiceOverloadedError ? 'SERVICE_OVERLOADED' : 'DATABASE_UNAVAILABLE';
      logger.warn('not ready', { reason, error: error instanceof Error ? error.message : String(error) });
      res.status(503).set('Retry-After', '5').json({ status: 'unavailable', reason });
    }
  });
  return router;
}
