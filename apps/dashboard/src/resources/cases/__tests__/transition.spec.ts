import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { moveDirection, readRefusal } from '../transition';

const refused = (details: object) =>
  new HttpError('refused', 409, { code: 'CASE_TRANSITION_REFUSED', message: 'refused', details });

describe('reading a refused move', () => {
  it('lists the unmet conditions, future codes included', () => {
    const error = refused({
      from: 'intake',
      to: 'documents',
      code: 'CONDITIONS_UNMET',
      unmet: ['NEEDS_CONSENT', 'NEEDS_A_DEBT', 'NEEDS_SOMETHING_NEW', 7],
    });
    expect(readRefusal(error, 'x')).toEqual({
      kind: 'conditions',
      unmet: ['NEEDS_CONSENT', 'NEEDS_A_DEBT', 'NEEDS_SOMETHING_NEW'],
    });
  });

  it('names the moves the stage allows when the target is not one of them', () => {
    const error = refused({
      code: 'TRANSITION_NOT_ALLOWED',
      allowedMoves: ['documents', 'closed', 'nowhere'],
    });
    expect(readRefusal(error, 'x')).toEqual({ kind: 'not_allowed', allowedMoves: ['documents', 'closed'] });
  });

  it('keeps the translated message of any other failure', () => {
    const stale = new HttpError('reload first', 409, { code: 'STALE_VERSION', message: 'stale' });
    expect(readRefusal(stale, 'x')).toEqual({ kind: 'other', message: 'reload first' });
    expect(readRefusal(undefined, 'fallback')).toEqual({ kind: 'other', message: 'fallback' });
  });
});

describe('the direction of a move', () => {
  it('tells forward, back and closing apart', () => {
    expect(moveDirection('intake', 'documents')).toBe('forward');
    expect(moveDirection('negotiating', 'documents')).toBe('back');
    expect(moveDirection('repaying', 'closed')).toBe('close');
  });
});
