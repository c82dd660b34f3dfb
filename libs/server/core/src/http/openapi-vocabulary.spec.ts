import { CASE_STAGES, NAMED_ENUMS } from '@accord/contracts';
import type { OpenAPIObject } from '@nestjs/swagger';
import { describe, expect, it } from 'vitest';
import { withVocabulary } from './openapi-vocabulary';

const stages = [...CASE_STAGES].reverse();
const document = (): OpenAPIObject => ({
  openapi: '3.0.0',
  info: { title: 't', version: '1' },
  paths: {
    '/cases': {
      get: {
        parameters: [
          { name: 'stage', in: 'query', schema: { type: 'string', enum: stages } },
          { name: 'minOutstandingFen', in: 'query', schema: { type: 'number' } },
        ],
        responses: {},
      },
    },
  },
  components: {
    schemas: {
      Case: {
        type: 'object',
        properties: {
          stage: { type: 'string', enum: stages },
          previous: { type: 'string', enum: [...CASE_STAGES], nullable: true, description: 'before' },
          stages: { type: 'array', items: { type: 'string', enum: [...CASE_STAGES] } },
          someStages: { type: 'string', enum: ['intake', 'closed'] },
          arrearsFen: { type: 'number', description: 'what is overdue' },
          paidFen: { type: 'integer', description: 'paid, in fen' },
        },
      },
    },
  },
});

describe('the document in the vocabulary of @accord/contracts', () => {
  const out = withVocabulary(document());
  const properties = (out.components?.schemas?.Case as { properties: Record<string, object> }).properties;

  it('names a list wherever a field takes exactly its values, in any order', () => {
    expect(properties.stage).toEqual({ $ref: '#/components/schemas/CaseStage' });
    expect(properties.stages).toEqual({ type: 'array', items: { $ref: '#/components/schemas/CaseStage' } });
    expect(out.components?.schemas?.CaseStage).toEqual({ type: 'string', enum: [...CASE_STAGES] });
    const parameter = (out.paths['/cases'].get?.parameters ?? [])[0] as { schema: object };
    expect(parameter.schema).toEqual({ $ref: '#/components/schemas/CaseStage' });
  });

  it('keeps what a field says beside the name (nullable, description), and leaves subsets inline', () => {
    expect(properties.previous).toEqual({
      type: 'string',
      nullable: true,
      description: 'before',
      allOf: [{ $ref: '#/components/schemas/CaseStage' }],
    });
    expect(properties.someStages).toEqual({ type: 'string', enum: ['intake', 'closed'] });
  });

  it('makes every …Fen field an integer that says fen, once', () => {
    expect(properties.arrearsFen).toEqual({
      type: 'integer',
      description: expect.stringMatching(/^what is overdue In fen/),
    });
    expect(properties.paidFen).toEqual({ type: 'integer', description: 'paid, in fen' });
    const parameter = (out.paths['/cases'].get?.parameters ?? [])[1] as { schema: object };
    expect(parameter.schema).toEqual({ type: 'integer', description: expect.stringContaining('fen') });
  });

  it('adds only the names it used', () => {
    expect(Object.keys(out.components?.schemas ?? {}).sort()).toEqual(['Case', 'CaseStage']);
  });

  it('has no two names for the same list of values', () => {
    const keys = Object.values(NAMED_ENUMS).map((values) => [...values].sort().join(','));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
