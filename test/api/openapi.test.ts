import { ErrorCode } from '@accord/contracts';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApiApp } from './support/api-app';

/**
 * The contract an integrator reads at /api/docs-json: no request shape left empty, list filters and
 * query parameters named, nullable fields typed, every success answer described down to its leaves.
 */
const api = useApiApp('openapi');

interface Schema {
  type?: string;
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  $ref?: string;
  allOf?: Schema[];
  oneOf?: Schema[];
  items?: Schema;
  enum?: unknown[];
  description?: string;
}
interface Operation {
  operationId?: string;
  parameters?: { name: string; in: string }[];
  responses?: Record<string, { $ref?: string; content?: Record<string, { schema?: Schema }> }>;
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

let doc: OpenApi;
const parameters = (path: string, method = 'get') =>
  (doc.paths[path]?.[method]?.parameters ?? []).map((p) => `${p.in}:${p.name}`);

/** Where a schema, at any depth, says "an object" and nothing of what is in it. */
function bareSpots(schema: Schema | undefined, at: string): string[] {
  if (!schema || schema.$ref || schema.enum) return [];
  if (schema.type === 'array') return bareSpots(schema.items, `${at}[]`);
  const parts = [...(schema.allOf ?? []), ...(schema.oneOf ?? [])];
  if (parts.length) return parts.flatMap((part, i) => bareSpots(part, `${at}<${i}>`));
  if (schema.type === 'object' || (!schema.type && !schema.properties)) {
    if (schema.properties)
      return Object.entries(schema.properties).flatMap(([field, property]) =>
        bareSpots(property, `${at}.${field}`),
      );
    // A map is described by what its values are (`true` only where the values are free-form by design).
    if (schema.additionalProperties !== undefined)
      return typeof schema.additionalProperties === 'object'
        ? bareSpots(schema.additionalProperties, `${at}{}`)
        : [];
    return [at];
  }
  return [];
}

/** An operation's success: its 2xx responses' bodies, or none where the status says there is none. */
function successProblems(path: string, method: string, operation: Operation): string[] {
  const name = `${method.toUpperCase()} ${path}`;
  const success = Object.entries(operation.responses ?? {}).filter(([status]) => /^2/.test(status));
  if (!success.length) return [`${name}: no success response`];
  return success.flatMap(([status, response]) => {
    const bodies = Object.entries(response.content ?? {});
    if (!bodies.length) return status === '204' ? [] : [`${name}: ${status} without a body`];
    return bodies.flatMap(([type, body]) =>
      body.schema ? bareSpots(body.schema, `${name} ${status} ${type}`) : [`${name}: ${type} no schema`],
    );
  });
}

describe('the OpenAPI document', () => {
  beforeAll(async () => {
    doc = (await api.http().get('/api/docs-json').expect(200)).body;
  });

  it('has no request shape left empty and no nullable field typed as a bare object', () => {
    const empty = Object.entries(doc.components.schemas)
      .filter(([, s]) => s.type === 'object' && !s.properties && !s.allOf && !s.additionalProperties)
      .map(([name]) => name);
    expect(empty).toEqual([]);
    expect(
      Object.entries(doc.components.schemas).flatMap(([name, schema]) => bareSpots(schema, name)),
    ).toEqual([]);
  });

  it('describes what every operation answers when it succeeds', () => {
    const problems = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.entries(operations).flatMap(([method, operation]) => successProblems(path, method, operation)),
    );
    expect(problems).toEqual([]);
  });

  it('says fen on every money field, an integer', () => {
    const money = Object.entries(doc.components.schemas).flatMap(([name, schema]) =>
      Object.entries(schema.properties ?? {})
        .filter(([field]) => /Fen$/.test(field))
        .map(([field, p]) => ({
          at: `${name}.${field}`,
          type: p.type ?? (p.allOf ?? p.oneOf ?? []).map((q) => q.type).join('|'),
          fen: /fen/.test(p.description ?? ''),
        })),
    );
    expect(money.length).toBeGreaterThan(20);
    expect(money.filter((m) => !m.fen || !/integer/.test(m.type))).toEqual([]);
  });

  it('passes Redocly’s lint with no problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'openapi-'));
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(doc));
    const run = spawnSync(
      process.execPath,
      [
        resolve(__dirname, '../../node_modules/@redocly/cli/bin/cli.js'),
        'lint',
        file,
        '--config',
        resolve(__dirname, 'redocly.yaml'),
        '--format',
        'json',
      ],
      {
        encoding: 'utf8',
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      },
    );
    rmSync(dir, { recursive: true, force: true });
    const report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) as {
      problems: { ruleId: string; message: string; location: { pointer: string }[] }[];
    };
    expect(report.problems.map((p) => `${p.ruleId} ${p.location[0]?.pointer}: ${p.message}`)).toEqual([]);
  });

  it('is generated from the current sources (the swagger plugin metadata is not stale)', () => {
    execFileSync('node', [resolve(__dirname, '../../apps/api/scripts/openapi-metadata.cjs'), '--check'], {
      stdio: 'pipe',
    });
  });

  it('gives every operation the one error envelope, its codes those of @accord/contracts', () => {
    const envelope = doc.components.schemas.ErrorBody as Schema & {
      properties: Record<string, { enum?: string[] }>;
    };
    expect(envelope.properties.code.enum).toEqual(expect.arrayContaining(Object.values(ErrorCode)));
    for (const [path, operations] of Object.entries(doc.paths))
      for (const [method, operation] of Object.entries(operations))
        expect([path, method, operation.responses?.['4XX'], operation.responses?.['5XX']]).toEqual([
          path,
          method,
          { $ref: '#/components/responses/ClientError' },
          { $ref: '#/components/responses/ServerError' },
        ]);
  });

  it('names the case list’s filters and the projection’s debt', () => {
    expect(parameters('/api/cases')).toEqual(
      expect.arrayContaining([
        'query:stage',
        'query:officerId',
        'query:clientId',
        'query:creditorId',
        'query:overdueBucket',
        'query:litigationRisk',
        'query:sort',
      ]),
    );
    expect(parameters('/api/penalty-projection')).toContain('query:debtId');
  });
});

/** Where the API's types live for the dashboard and anyone else: generated from the document, committed. */
const GENERATED = resolve(__dirname, '../../libs/contracts/src/openapi.generated.ts');
const HEADER = `/**
 * Generated from the API's OpenAPI document (/api/docs-json) by openapi-typescript: do not edit by hand.
 * After changing a DTO or a controller, run \`npm run api:types\`; CI fails while this differs from what
 * the API serves.
 */
`;

describe('the generated API types', () => {
  it('are what the running API serves', async () => {
    const source = astToString(await openapiTS(doc as never, { enumValues: false }));
    const generated = await format(HEADER + source, {
      ...(await resolveConfig(GENERATED)),
      filepath: GENERATED,
    });
    if (process.env.UPDATE_API_TYPES === '1') writeFileSync(GENERATED, generated);
    expect(readFileSync(GENERATED, 'utf8'), 'run `npm run api:types` and commit the result').toBe(generated);
  });
});
