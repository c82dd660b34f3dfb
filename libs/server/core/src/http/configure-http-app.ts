import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { withErrorEnvelope } from './openapi-errors';
import { withVocabulary } from './openapi-vocabulary';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { DenialAudit } from '../audit/denial-audit';
import type { AppConfig } from '../config/config.schema';
import { AllExceptionsFilter } from '../errors/all-exceptions.filter';
import { createValidationPipe } from '../errors/validation.pipe';
import { noStore } from './no-store';
import { answerMiddlewareErrors, refuseUnreadableBodies, verifyJsonBody } from './request-bodies';
import { mountQueueBoard } from '../queue/queue-board';

export const API_PREFIX = 'api';

/**
 * What the @nestjs/swagger plugin read from the TypeScript types (DTO fields, controllers' return
 * types), generated ahead of time into the app (`npm run api:types`) because tsc and the test runner
 * both compile without the plugin. The app module provides it; without it the document lacks responses.
 */
export const OPENAPI_METADATA = Symbol('OPENAPI_METADATA');
export type OpenApiMetadata = () => Promise<Record<string, unknown>>;

/** Global HTTP wiring shared by the API's main.ts and the API tests, so tests exercise the real thing. */
export async function configureHttpApp(app: INestApplication, config: AppConfig): Promise<void> {
  const express = app as NestExpressApplication;
  app.useLogger(app.get(Logger));
  if (config.TRUST_PROXY) express.set('trust proxy', 1);
  express.disable('x-powered-by');
  // Answers are never stored (no-store below), so an ETag would only invite conditional requests.
  express.set('etag', false);
  app.use(`/${API_PREFIX}`, noStore);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          styleSrc: ["'self'", "'unsafe-inline'"],
          scriptSrc: ["'self'"],
          connectSrc: ["'self'"],
          // PDF previews are shown in a frame from a blob: URL of the downloaded bytes.
          frameSrc: ["'self'", 'blob:'],
        },
      },
    }),
  );
  // Only the dashboard's dev server is a different origin; in production it is served from this port.
  app.enableCors({ origin: config.CORS_ORIGIN.split(',').map((o) => o.trim()), credentials: false });
  // After helmet and CORS, so a refused body is answered with their headers.
  app.use(`/${API_PREFIX}`, refuseUnreadableBodies);
  express.useBodyParser('json', { limit: '1mb', verify: verifyJsonBody });
  // CSV imports arrive as text; 10,000 rows of clients and debts are a few megabytes.
  express.useBodyParser('text', { type: ['text/csv', 'text/plain'], limit: '20mb' });
  // The refresh token's and the queue board's cookies; no other route reads a cookie.
  app.use(cookieParser());
  mountQueueBoard(app);
  const filter = new AllExceptionsFilter(app.get(DenialAudit));
  app.use(answerMiddlewareErrors(filter));
  app.setGlobalPrefix(API_PREFIX, { exclude: [] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(filter);

  const metadata = providedMetadata(app);
  if (metadata)
    await SwaggerModule.loadPluginMetadata(
      metadata as Parameters<typeof SwaggerModule.loadPluginMetadata>[0],
    );
  const document = withVocabulary(
    withErrorEnvelope(
      SwaggerModule.createDocument(
        app,
        new DocumentBuilder()
          .setTitle('Accord API')
          .setDescription('Case management for debt-negotiation legal services')
          .setVersion('0.1.0')
          .addBearerAuth()
          .addServer('/', 'This server: every path starts with /api')
          .build(),
      ),
    ),
  );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, { jsonDocumentUrl: `${API_PREFIX}/docs-json` });
}

function providedMetadata(app: INestApplication): OpenApiMetadata | undefined {
  try {
    return app.get<OpenApiMetadata>(OPENAPI_METADATA, { strict: false });
  } catch {
    // A module booted without the app's metadata (a feature's own test module) documents requests only.
    return undefined;
  }
}
