import { CASE_POLICY_REASONS, ErrorCode } from '@accord/contracts';
import type { OpenAPIObject } from '@nestjs/swagger';

/**
 * Every operation answers its errors in one envelope (errors/all-exceptions.filter.ts): the document says
 * so once, as a schema whose `code` is the one list of codes in @accord/contracts, and as each operation's
 * 4XX and 5XX responses, so a generated client types its failures too.
 */
export function withErrorEnvelope(document: OpenAPIObject): OpenAPIObject {
  document.components ??= {};
  document.components.schemas = {
    ...document.components.schemas,
    ErrorBody: {
      type: 'object',
      required: ['statusCode', 'code', 'message'],
      properties: {
        statusCode: { type: 'integer', example: 409 },
        code: {
          type: 'string',
          enum: [...new Set(Object.values(ErrorCode))],
          example: ErrorCode.ActionRefused,
        },
        message: { type: 'string', example: 'The case policy refuses this action' },
        details: {
          type: 'object',
          description:
            'What the code needs to be acted on. The fields below recur across codes; a code may add its own (the existing client of CLIENT_EXISTS, the rows of IMPORT_HAS_ERRORS, …).',
          properties: {
            fields: {
              type: 'array',
              description: 'VALIDATION_FAILED: each field of the body or query and what is wrong with it',
              items: {
                type: 'object',
                required: ['field', 'problems'],
                properties: {
                  field: { type: 'string', example: 'overdueSince' },
                  problems: { type: 'array', items: { type: 'string' } },
                },
              },
            },
            field: {
              type: 'string',
              description: 'the one field a refusal is about',
              example: 'newPassword',
            },
            problems: {
              type: 'array',
              items: { type: 'string' },
              description: 'PASSWORD_REJECTED: the rules the password breaks',
            },
            reasons: {
              type: 'array',
              items: { type: 'string', enum: [...CASE_POLICY_REASONS] },
              description: 'ACTION_REFUSED: why the case policy refuses, each a reason the screens word',
            },
            currentVersion: { type: 'integer', description: 'STALE_VERSION: the version to read again' },
            retryAfterSeconds: { type: 'integer', description: 'TOO_MANY_…: when to try again' },
          },
          additionalProperties: true,
        },
        errorId: { type: 'string', description: 'for a 500 only: the id its log line carries' },
      },
    },
  };
  const error = (description: string) => ({
    description,
    content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
  });
  document.components.responses = {
    ...document.components.responses,
    ClientError: error(
      'Refused, in the one envelope: 400, 401, 403, 404, 409, 413, 415, 422 or 429, with its code',
    ),
    ServerError: error(
      'Not served, in the one envelope: 503 while a dependency is down; 500 with an errorId',
    ),
  };
  for (const operations of Object.values(document.paths))
    for (const [method, operation] of Object.entries(operations)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const op = operation as { responses?: Record<string, unknown> };
      op.responses = {
        ...op.responses,
        '4XX': { $ref: '#/components/responses/ClientError' },
        '5XX': { $ref: '#/components/responses/ServerError' },
      };
    }
  return document;
}
