import { describe, expect, it } from 'vitest';
import { useApiApp } from './support/api-app';

const api = useApiApp('http');

const http = api.http;

describe('HTTP conventions', () => {
  it('publishes the OpenAPI document with bearer auth and every resource', async () => {
    const response = await http().get('/api/docs-json').expect(200);
    expect(response.body.openapi).toMatch(/^3\./);
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/auth/login',
        '/api/users',
        '/api/users/{id}',
        '/api/teams',
        '/api/audit-log',
        '/api/health',
      ]),
    );
    expect(response.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    const ui = await http().get('/api/docs').redirects(1).expect(200);
    expect(ui.text).toContain('swagger');
  });

  it('sends security headers and no x-powered-by', async () => {
    const response = await http().get('/api/health');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-src 'self' blob:");
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('allows the dashboard dev server as the only other origin', async () => {
    const allowed = await http()
      .options('/api/auth/login')
      .set('Origin', 'http://localhost:5173')
      .set('Access-Control-Request-Method', 'POST');
    expect(allowed.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    const refused = await http()
      .options('/api/auth/login')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'POST');
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('gives every response a request id, keeping a well-formed one the caller sent', async () => {
    const generated = await http().get('/api/health');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await http().get('/api/health').set('x-request-id', 'trace-12345678');
    expect(kept.headers['x-request-id']).toBe('trace-12345678');
    const replaced = await http().get('/api/health').set('x-request-id', 'bad id with spaces');
    expect(replaced.headers['x-request-id']).not.toContain(' ');
  });
});
