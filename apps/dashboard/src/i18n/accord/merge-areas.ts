type Merged<Areas> = Areas extends readonly [infer First, ...infer Rest] ? First & Merged<Rest> : unknown;

type SharedKeys<Areas> = Areas extends readonly [infer First, ...infer Rest]
  ? (keyof First & keyof Merged<Rest>) | SharedKeys<Rest>
  : never;

/**
 * One language's `accord` messages from its area files. Spreading them would let two areas give the same
 * key and silently keep the later one (one object literal refused that): here it fails to compile, and
 * the error names the key under `keysInTwoAreas`.
 */
export function mergeAreas<const Areas extends readonly object[]>(
  ...areas: Areas & ([SharedKeys<Areas>] extends [never] ? unknown : { keysInTwoAreas: SharedKeys<Areas> })
): Merged<Areas> {
  return Object.assign({}, ...areas);
}
