import type { Router } from 'express';
import express from 'express';
import type { Database } from '../db/database.js';

/** /health: the process answers. /ready: the database answers too (503 with a reason otherwise). */
export function healthRouter(db: Database): Router {
  const router = express.Router();
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/ready', async (_req, res) => {
    try {
      await db.ping(2000);
      res.json({ status: 'ready' });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', reason: error instanceof Error ? error.message : String(error) });
    }
  });
  return router;
}
