import { ErrorCode } from '@accord/contracts';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { useApiApp } from './support/api-app';

/**
 * The contract an integrator reads at /api/docs-json: no request shape left empty, list filters and
 * query parameters named, nullable fields typed. (Response schemas are the next step of [5/10].)
 */
const api = useApiApp('openapi');

interface Schema {
  type?: string;
  properties?: Record<string, Schema>;
  $ref?: string;
  allOf?: Schema[];
  items?: Schema;
}
interface OpenApi {
  paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
  components: { schemas: Record<string, Schema> };
}

let doc: OpenApi;
const parameters = (path: string, method = 'get') =>
  (doc.paths[path]?.[method]?.parameters ?? []).map((p) => `${p.in}:${p.name}`);

describe('the OpenAPI document', () => {
  it('has no request shape left empty and no nullable field typed as a bare object', async () => {
    doc = (await api.http().get('/api/docs-json').expect(200)).body;
    const empty = Object.entries(doc.components.schemas)
      .filter(([, s]) => s.type === 'object' && !s.properties && !s.allOf)
      .map(([name]) => name);
    expect(empty).toEqual([]);
    const bare: string[] = [];
    for (const [name, schema] of Object.entries(doc.components.schemas))
      for (const [field, property] of Object.entries(schema.properties ?? {}))
        if (property.type === 'object' && !property.properties && !property.$ref)
          bare.push(`${name}.${field}`);
    expect(bare).toEqual([]);
  });

  it('gives every operation the one error envelope, its codes those of @accord/contracts', () => {
    const envelope = doc.components.schemas.ErrorBody as Schema & {
      properties: Record<string, { enum?: string[] }>;
    };
    expect(envelope.properties.code.enum).toEqual(expect.arrayContaining(Object.values(ErrorCode)));
    for (const [path, operations] of Object.entries(doc.paths))
      for (const [method, operation] of Object.entries(operations))
        expect([
          path,
          method,
          (operation as { responses?: Record<string, unknown> }).responses?.default,
        ]).toEqual([path, method, expect.objectContaining({ content: expect.anything() })]);
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
