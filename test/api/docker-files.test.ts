import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// No Docker engine runs on the build machines, so the compose file is checked by reading it.
const root = resolve(__dirname, '../..');
const compose = parse(readFileSync(resolve(root, 'docker/compose.yaml'), 'utf8'), { merge: true });

describe('docker/compose.yaml', () => {
  it('runs api, worker, a migration, postgres and redis', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['api', 'migrate', 'postgres', 'redis', 'worker']);
  });

  it('keeps Redis durable and never evicting queue data', () => {
    const command: string[] = compose.services.redis.command;
    expect(command.join(' ')).toContain('--appendonly yes');
    expect(command.join(' ')).toContain('--maxmemory-policy noeviction');
  });

  it('builds from Dockerfiles that exist, multi-stage, running as a non-root user', () => {
    for (const name of ['api', 'worker', 'migrate']) {
      const file = resolve(root, 'docker', '..', compose.services[name].build.dockerfile);
      expect(existsSync(file)).toBe(true);
      const text = readFileSync(file, 'utf8');
      expect(text.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
      expect(text).toMatch(/^USER node$/m);
    }
  });

  it('starts api and worker only after migrations succeeded, with the secret required', () => {
    expect(compose.services.api.depends_on.migrate.condition).toBe('service_completed_successfully');
    expect(compose.services.worker.depends_on.migrate.condition).toBe('service_completed_successfully');
    expect(compose.services.api.environment.JWT_SECRET).toMatch(/^\$\{JWT_SECRET:\?/);
    expect(compose.services.worker.environment.REDIS_URL).toBe('redis://redis:6379');
  });
});
