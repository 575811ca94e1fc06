import type { Router } from 'express';
import express from 'express';

/** A small graph mark, so browsers asking for /favicon.ico get an icon instead of a 404. */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
<rect width="32" height="32" rx="6" fill="#1f4e79"/>
<path d="M9 22 16 9l7 13z" fill="none" stroke="#fff" stroke-width="2"/>
<circle cx="16" cy="9" r="3.5" fill="#f2b134"/><circle cx="9" cy="22" r="3.5" fill="#fff"/><circle cx="23" cy="22" r="3.5" fill="#fff"/>
</svg>
`;

export function faviconRouter(): Router {
  const router = express.Router();
  const send: express.RequestHandler = (_req, res) => {
    res.type('image/svg+xml').set('Cache-Control', 'public, max-age=86400').send(FAVICON_SVG);
  };
  router.get('/favicon.ico', send);
  router.get('/playground/favicon.svg', send);
  return router;
}
