/**
 * Daily rates people type as a percent with up to four decimals and the API keeps as an integer of parts
 * per million: "0.05" % a day is 500, "0.035" is 350, Taiwan's "0.0411" (4.11 ‱) is 411. One ppm is
 * 0.0001 %, so the conversion is exact: the text is read digit by digit and printed from the integer, and
 * arithmetic never sees a float (0.035 × 10000 in floating point is 349.99999999999994).
 */

/**
 * Up to six whole digits (more than a million percent a day is no rate) and four decimals; zeros after the
 * fourth say nothing more ("0.03500" is 0.035), any other digit there would be a fraction of a ppm.
 */
const PERCENT_PATTERN = /^(\d{1,6})(?:\.(\d{1,4})0*)?$/;

/** The ppm in one percent. */
const PPM_PER_PERCENT = 10000;

/** "0.035" → 350, "1" → 10000; null for anything that is not a non-negative percent of whole ppm. */
export function parsePercentPpm(text: string): number | null {
  const match = PERCENT_PATTERN.exec(text.trim());
  if (!match) return null;
  const [, whole, fraction = ''] = match;
  return Number(whole) * PPM_PER_PERCENT + Number(fraction.padEnd(4, '0'));
}

/** 350 → "0.035", 500 → "0.05", 411 → "0.0411", 10000 → "1": what a person would type back. */
export function ppmPercentText(ppm: number): string {
  const sign = ppm < 0 ? '-' : '';
  const abs = Math.abs(ppm);
  const fraction = String(abs % PPM_PER_PERCENT)
    .padStart(4, '0')
    .replace(/0+$/, '');
  return `${sign}${Math.floor(abs / PPM_PER_PERCENT)}${fraction ? `.${fraction}` : ''}`;
}

/**
 * What a rate input keeps in the form while someone types: null when empty, the integer once the text is
 * a rate, and the text itself while it is not (so validation can say so without rewriting the typing).
 */
export function ppmInputValue(text: string): number | string | null {
  if (text.trim() === '') return null;
  return parsePercentPpm(text) ?? text;
}

/** The text a rate input shows for a value held in the form. */
export function ppmInputText(value: unknown): string {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return ppmPercentText(value);
  return typeof value === 'string' ? value : '';
}
