import type { INestApplication, LoggerService } from '@nestjs/common';
import type { Server } from 'node:http';

/**
 * How the API stops on SIGTERM or SIGINT: it stops accepting connections, tells every keep-alive
 * client to go (`Connection: close` on each answer still to come, idle connections closed at once),
 * lets requests in flight finish until `graceMs`, then cuts what is left, closes the application
 * (database, queues) and exits 0. A load balancer sees the replica leave at once; nobody's request in
 * hand is lost unless it outlives the grace.
 */
export function drainOnSignals(app: INestApplication, graceMs: number, logger: LoggerService): void {
  const server = app.getHttpServer() as Server;
  let draining = false;
  server.on('request', (_request, response) => {
    if (draining && !response.headersSent) response.setHeader('Connection', 'close');
  });

  const stop = async (signal: string) => {
    if (draining) return;
    draining = true;
    logger.log(`${signal} received: draining (up to ${graceMs} ms)`, 'Shutdown');
    const closed = new Promise<void>((done) => server.close(() => done()));
    // A connection that turns idle after its answer would otherwise keep the server open.
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    server.closeIdleConnections();
    let timer: NodeJS.Timeout | undefined;
    const expired = await Promise.race([
      closed.then(() => false),
      new Promise<boolean>((done) => (timer = setTimeout(() => done(true), graceMs))),
    ]);
    clearTimeout(timer);
    clearInterval(idle);
    if (expired) {
      logger.warn(`grace of ${graceMs} ms over: cutting the connections left`, 'Shutdown');
      server.closeAllConnections();
    }
    try {
      await app.close();
    } catch (error) {
      logger.error(`closing the application failed: ${(error as Error).message}`, undefined, 'Shutdown');
    }
    logger.log('stopped', 'Shutdown');
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}
