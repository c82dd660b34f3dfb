import { ACCESS_KEY, type AccessRule } from '@accord/server-core';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { useApiApp } from './support/api-app';

const api = useApiApp('routes');

interface Route {
  method: string;
  path: string;
  rule: AccessRule | undefined;
  name: string;
}

/** Every handler of every controller the API mounts, with the access rule it declares (if any). */
function allRoutes(): Route[] {
  const scanner = new MetadataScanner();
  return api.app
    .get(DiscoveryService)
    .getControllers()
    .flatMap((wrapper) => {
      const controller = wrapper.metatype as { prototype: Record<string, unknown> } | null;
      if (!controller) return [];
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      return scanner.getAllMethodNames(controller.prototype).flatMap((name) => {
        const handler = controller.prototype[name] as object;
        const path = Reflect.getMetadata(PATH_METADATA, handler);
        if (path === undefined) return [];
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const rule = Reflect.getMetadata(ACCESS_KEY, handler) ?? Reflect.getMetadata(ACCESS_KEY, controller);
        const full = `/api/${[base, String(path)].filter((p) => p && p !== '/').join('/')}`.replace(
          /\/+/g,
          '/',
        );
        return [
          { method, path: full, rule, name: `${(controller as unknown as { name: string }).name}.${name}` },
        ];
      });
    });
}

describe('deny by default', () => {
  it('finds the routes of every feature', () => {
    const paths = allRoutes().map((r) => `${r.method} ${r.path}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'POST /api/auth/login',
        'GET /api/users',
        'GET /api/teams',
        'GET /api/audit-log',
        'GET /api/health',
      ]),
    );
  });

  it('every route declares who may call it', () => {
    const undeclared = allRoutes()
      .filter((r) => !r.rule)
      .map((r) => r.name);
    expect(undeclared).toEqual([]);
  });

  it('only sign-in, its refresh (by the session cookie), health, the client upload link and calendar feeds (by their token) are public', () => {
    const open = allRoutes()
      .filter((r) => r.rule?.kind === 'public')
      .map((r) => `${r.method} ${r.path}`)
      .sort();
    expect(open).toEqual([
      'GET /api/calendar-feeds/:token/accord.ics',
      'GET /api/health',
      'GET /api/health/live',
      'GET /api/health/ready',
      'GET /api/public/upload-link',
      'POST /api/auth/login',
      'POST /api/auth/refresh',
      'POST /api/public/upload-link/items/:itemId/files',
    ]);
  });

  it('every other route answers 401 without a token', async () => {
    const guarded = allRoutes().filter((r) => r.rule?.kind === 'roles');
    expect(guarded.length).toBeGreaterThan(5);
    for (const route of guarded) {
      const path = route.path.replace(/:[a-zA-Z]+/g, '00000000-0000-4000-8000-000000000000');
      const response = await request(api.app.getHttpServer())
        [route.method.toLowerCase() as 'get'](path)
        .send({});
      expect({ route: route.name, status: response.status }).toEqual({ route: route.name, status: 401 });
    }
  });

  it('an unknown route answers 404 with a code, not a stack', async () => {
    const response = await request(api.app.getHttpServer()).get('/api/no-such-thing').expect(404);
    expect(response.body).toMatchObject({ statusCode: 404, code: 'ROUTE_NOT_FOUND' });
  });
});
