import { NAMED_ENUMS } from '@accord/contracts';
import type { OpenAPIObject } from '@nestjs/swagger';

type Node = Record<string, unknown>;

const FEN = 'In fen (1/100 of the currency unit), an integer: money is never a float.';
const byValues = new Map(
  Object.entries(NAMED_ENUMS).map(([name, values]) => [[...values].sort().join('\u0000'), name]),
);

/**
 * The document speaks the vocabulary of @accord/contracts: a field whose values are exactly one of the
 * named lists refers to it by name, and every `…Fen` field is an integer that says it is fen. Done once
 * over the whole document so no DTO or view has to repeat it (and none can forget it).
 */
export function withVocabulary(document: OpenAPIObject): OpenAPIObject {
  const used = new Set<string>();
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map((item) => visit(item));
    if (!node || typeof node !== 'object') return node;
    const schema = node as Node;
    const named = namedEnum(schema);
    if (named) {
      used.add(named);
      const { enum: _values, type: _type, ...rest } = schema;
      const ref = { $ref: `#/components/schemas/${named}` };
      // Beside a $ref, OpenAPI 3.0 only reads `nullable` and the rest next to a type of their own.
      return Object.keys(rest).length ? { type: 'string', ...rest, allOf: [ref] } : ref;
    }
    const out: Node = {};
    for (const [field, value] of Object.entries(schema))
      out[field] = field === 'properties' ? visitProperties(value as Node) : visit(value);
    return out;
  };
  const visitProperties = (properties: Node): Node =>
    Object.fromEntries(
      Object.entries(properties).map(([field, property]) => [
        field,
        /Fen$/.test(field) ? asFen(visit(property) as Node) : visit(property),
      ]),
    );
  const visited = visit({ paths: document.paths, components: document.components }) as Pick<
    OpenAPIObject,
    'paths' | 'components'
  >;
  // Query parameters carry their name beside the schema: a `…Fen` filter is fen too.
  for (const operations of Object.values(visited.paths))
    for (const operation of Object.values(operations as Record<string, Node>))
      for (const parameter of (operation?.parameters as Node[] | undefined) ?? [])
        if (typeof parameter.name === 'string' && /Fen$/.test(parameter.name) && parameter.schema)
          parameter.schema = asFen(parameter.schema as Node);
  const schemas = { ...(visited.components?.schemas ?? {}) };
  for (const name of [...used].sort())
    schemas[name] = { type: 'string', enum: [...NAMED_ENUMS[name as keyof typeof NAMED_ENUMS]] };
  return { ...document, paths: visited.paths, components: { ...visited.components, schemas } };
}

function namedEnum(schema: Node): string | undefined {
  const values = schema.enum;
  if (!Array.isArray(values) || !values.every((v) => typeof v === 'string')) return undefined;
  return byValues.get([...new Set(values as string[])].sort().join('\u0000'));
}

function asFen(schema: Node): Node {
  const description = typeof schema.description === 'string' ? schema.description : '';
  const type = schema.type === 'number' ? 'integer' : schema.type;
  return {
    ...schema,
    ...(type ? { type } : {}),
    description: /\bfen\b/.test(description) ? description : [description, FEN].filter(Boolean).join(' '),
  };
}
