import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { getQueueToken } from '@nestjs/bullmq';
import { Controller, HttpCode, Post, Res, type INestApplication } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { JwtService } from '@nestjs/jwt';
import type { Queue } from 'bullmq';
import type { NextFunction, Request, Response } from 'express';
import { AuditService } from '../audit/audit.service';
import { Roles } from '../auth/access.decorators';
import { hasBoundedLifetime, isUuid } from '../auth/access.guard';
import { CurrentUser, RequestInfo } from '../auth/current.decorators';
import {
  PRINCIPAL_LOADER,
  type Principal,
  type PrincipalLoader,
  type RequestContext,
  type TokenClaims,
} from '../auth/principal';
import { Clock } from '../clock/clock';
import { QueueName } from './queue-names';

export const QUEUE_BOARD_PATH = '/admin/queues';
const COOKIE = 'accord_queue_board';
const AUDIENCE = 'queue-board';
const TTL_SECONDS = 15 * 60;

/**
 * bull-board is a page the browser loads by itself, so it cannot send the dashboard's bearer token.
 * An admin asks for a short session first; it lives in an HttpOnly cookie scoped to the board's path,
 * carries an audience of its own (it opens nothing else), and ends with the admin's sessions.
 */
@ApiTags('operations')
@ApiBearerAuth()
@Controller('admin')
export class QueueBoardController {
  constructor(
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Opening the board is audited here, once per session, not for each of the board's own requests. */
  @Post('queue-board-session')
  @ApiOperation({
    summary: 'Opens a short queue-board session for an admin, in an HttpOnly cookie scoped to the board',
  })
  @Roles('admin')
  @HttpCode(204)
  async open(
    @CurrentUser() principal: Principal,
    @RequestInfo() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.audit.record(null, {
      actorId: principal.id,
      action: 'queue_board.session_opened',
      entityType: 'user',
      entityId: principal.id,
      context,
      details: { expiresAt: new Date(this.clock.now().getTime() + TTL_SECONDS * 1000).toISOString() },
    });
    const token = await this.jwt.signAsync(
      { sub: principal.id, tv: principal.tokenVersion, sid: principal.sessionId, aud: AUDIENCE },
      { expiresIn: TTL_SECONDS },
    );
    response.cookie(COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: response.req.secure,
      path: QUEUE_BOARD_PATH,
      maxAge: TTL_SECONDS * 1000,
    });
  }
}

/** Mounts bull-board at /admin/queues behind the admin-only session cookie. */
export function mountQueueBoard(app: INestApplication): void {
  const jwt = app.get(JwtService);
  const principals = app.get<PrincipalLoader>(PRINCIPAL_LOADER);
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({
    queues: Object.values(QueueName).map((name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name)))),
    serverAdapter,
  });
  const onlyAdmins = async (request: Request, response: Response, next: NextFunction) => {
    const token = (request.cookies as Record<string, string> | undefined)?.[COOKIE];
    try {
      if (!token) throw new Error('no session');
      const claims = await jwt.verifyAsync<TokenClaims>(token, {
        algorithms: ['HS256'],
        audience: AUDIENCE,
      });
      if (!hasBoundedLifetime(claims)) throw new Error('no expiry');
      if (!isUuid(claims.sub) || !isUuid(claims.sid)) throw new Error('not a session');
      // The board's session lives and ends with the sign-in it was opened from.
      const user = await principals.load(claims.sub, claims.sid);
      if (
        !user ||
        !user.active ||
        !user.sessionOpen ||
        user.role !== 'admin' ||
        user.tokenVersion !== claims.tv
      )
        throw new Error('denied');
      next();
    } catch {
      response
        .status(401)
        .type('text/plain; charset=utf-8')
        .send('Open the queues from the dashboard as an administrator (Administration → Queues).');
    }
  };
  app.use(QUEUE_BOARD_PATH, onlyAdmins, serverAdapter.getRouter());
}
