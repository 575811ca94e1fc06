import type { ServerResponse } from 'node:http';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../logger.js';

/**
 * Every failure outside GraphQL still answers in the GraphQL error shape, as JSON, with a
 * code: no HTML page, no stack, no file path, in any NODE_ENV.
 */
export function sendJsonError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  extensions: Record<string, unknown> = {},
): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] });
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(body));
  res.end(body);
}

/** Whether a path's methods admit this one: HEAD goes with GET, and OPTIONS is CORS's. */
export function methodAllowed(allowed: readonly string[], method: string | undefined): boolean {
  return method === undefined || allowed.includes(method) || (method === 'HEAD' && allowed.includes('GET')) || method === 'OPTIONS';
}

/** 405 for a known path asked with a method it does not serve; Allow lists the ones it does. */
export function refuseMethod(res: ServerResponse, path: string, allowed: readonly string[], method: string | undefined): void {
  res.setHeader('allow', allowed.join(', '));
  sendJsonError(res, 405, 'METHOD_NOT_ALLOWED', `${path} answers ${allowed.join(' and ')}, not ${method}.`);
}

export function methodNotAllowed(routes: Record<string, readonly string[]>): RequestHandler {
  return (req, res, next) => {
    const allowed = Object.hasOwn(routes, req.path) ? routes[req.path] : undefined;
    if (!allowed || methodAllowed(allowed, req.method)) return next();
    refuseMethod(res, req.path, allowed, req.method);
  };
}

function sendNotFound(res: ServerResponse): void {
  sendJsonError(res, 404, 'NOT_FOUND', 'Not found: GraphQL is at /graphql, the playground at /.');
}

export const notFound: RequestHandler = (_req, res) => sendNotFound(res);

interface BodyParserError {
  type?: string;
  status?: number;
  statusCode?: number;
  limit?: number;
  length?: number;
}

/**
 * Answers a failure that reached the end of a route: body-parser's errors get their codes;
 * anything else is logged and masked. A response already under way can only be cut.
 */
export function answerHttpError(error: unknown, method: string | undefined, path: string, res: ServerResponse, logger: Logger): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
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
  if (status === 404) return sendNotFound(res);
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return sendJsonError(res, status, 'BAD_REQUEST', 'The request could not be read.');
  }
  logger.error('unexpected HTTP error', {
    method,
    path,
    error: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error),
  });
  sendJsonError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
}

/** The last middleware of the pages' routes. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    answerHttpError(error, req.method, req.path, res, logger);
  };
}
