import { existsSync, readFileSync, statSync } from 'node:fs';
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

  it('runs the API and worker as a runtime role that owns nothing; only the migration holds the owner', () => {
    const runtime = /^postgres:\/\/accord_app:\$\{ACCORD_APP_DB_PASSWORD:\?[^}]*\}@postgres:5432\/accord$/;
    for (const name of ['api', 'worker', 'migrate'])
      expect(compose.services[name].environment.DATABASE_URL).toMatch(runtime);
    expect(compose.services.migrate.environment.DATABASE_MIGRATION_URL).toMatch(
      /^postgres:\/\/accord_owner:\$\{ACCORD_OWNER_DB_PASSWORD:\?[^}]*\}@postgres:5432\/accord$/,
    );
    for (const name of ['api', 'worker'])
      expect(compose.services[name].environment.DATABASE_MIGRATION_URL).toBeUndefined();
    // The image's superuser is used by nothing of Accord's; the init script makes both roles.
    expect(compose.services.postgres.environment.POSTGRES_USER).toBe('postgres');
    const mount: string = compose.services.postgres.volumes.find((v: string) =>
      v.includes(':/docker-entrypoint-initdb.d/'),
    );
    const script = resolve(root, 'docker', mount.split(':')[0]);
    expect(statSync(script).mode & 0o111).not.toBe(0);
    const text = readFileSync(script, 'utf8');
    expect(text).toMatch(/'CREATE ROLE accord_owner LOGIN .*PASSWORD %L', :'owner_password'\)$/m);
    expect(text).toMatch(/'CREATE ROLE accord_app LOGIN .*PASSWORD %L', :'app_password'\)$/m);
    expect(text).toMatch(/^ALTER DATABASE :"database" OWNER TO accord_owner;$/m);
    expect(text).toMatch(/OWNER TO accord_owner',$/m);
    for (const name of ['ACCORD_OWNER_DB_PASSWORD', 'ACCORD_APP_DB_PASSWORD'])
      expect(compose.services.postgres.environment[name]).toMatch(new RegExp(`^\\$\\{${name}:\\?`));
  });
});
