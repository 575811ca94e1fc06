import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { Logger } from '../logger.js';

/**
 * Every failure outside GraphQL still answers in the GraphQL error shape, as JSON, with a
 * code: no HTML page, no stack, no file path, in any NODE_ENV.
 */
export function sendJsonError(
  res: Response,
  status: number,
  code: string,
  message: string,
  extensions: Record<string, unknown> = {},
): void {
  res
    .status(status)
    .type('application/json')
    .send(JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] }));
}

/** 405 for a known path asked with a method it does not serve; Allow lists the ones it does. */
export function methodNotAllowed(routes: Record<string, readonly string[]>): RequestHandler {
  return (req, res, next) => {
    const allowed = Object.hasOwn(routes, req.path) ? routes[req.path] : undefined;
    if (!allowed || allowed.includes(req.method) || (req.method === 'HEAD' && allowed.includes('GET')) || req.method === 'OPTIONS')
      return next();
    res.set('Allow', allowed.join(', '));
    sendJsonError(res, 405, 'METHOD_NOT_ALLOWED', `${req.path} answers ${allowed.join(' and ')}, not ${req.method}.`);
  };
}

export const notFound: RequestHandler = (req, res) => {
  sendJsonError(res, 404, 'NOT_FOUND', 'Not found: GraphQL is at /graphql, the playground at /.');
};

interface BodyParserError {
  type?: string;
  status?: number;
  statusCode?: number;
  limit?: number;
  length?: number;
}

/** The last middleware: body-parser's errors get their codes; anything else is logged and masked. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    const e = (error ?? {}) as BodyParserError;
    switch (e.type) {
      case 'entity.parse.failed':
        return sendJsonError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');
      case 'entity.too.large':
        return sendJsonError(
          res,
          413,
          'PAYLOAD_TOO_LARGE',
          `The request body exceeds the bodyBytes limit: ${e.length ?? 'more'} > ${e.limit} bytes.`,
          {
            limit: 'bodyBytes',
            value: e.length ?? null,
            maximum: e.limit ?? null,
          },
        );
      case 'encoding.unsupported':
      case 'charset.unsupported':
        return sendJsonError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'The request body must be UTF-8 JSON.');
      case 'request.aborted':
      case 'request.size.invalid':
        return sendJsonError(res, 400, 'BAD_REQUEST', 'The request body was incomplete.');
    }
    const status = e.status ?? e.statusCode;
    if (status === 404) return notFound(req, res, next);
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return sendJsonError(res, status, 'BAD_REQUEST', 'The request could not be read.');
    }
    logger.error('unexpected HTTP error', {
      method: req.method,
      path: req.path,
      error: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error),
    });
    sendJsonError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  };
}
