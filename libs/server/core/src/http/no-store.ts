import type { NextFunction, Request, Response } from 'express';

/**
 * Every API answer may carry personal data or a fresh token, so none may be kept by a browser or a proxy:
 * set before anything can answer, so errors, 404s and the OpenAPI document carry it too.
 */
export function noStore(_request: Request, response: Response, next: NextFunction): void {
  response.setHeader('Cache-Control', 'no-store');
  next();
}
