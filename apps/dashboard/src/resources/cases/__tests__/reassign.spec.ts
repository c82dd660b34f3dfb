import { describe, expect, it } from 'vitest';
import { reassignTarget, type OfficerSuggestion } from '../reassign';

const officer = (officerId: string, load: number) => ({ officerId, name: officerId, load, openCases: load });
const suggestion: OfficerSuggestion = {
  teamId: 't1',
  weights: { intake: 1 },
  suggested: officer('a', 2),
  officers: [officer('a', 2), officer('b', 3), officer('c', 5)],
};

describe('whom to offer the cases to first', () => {
  it('is the least-loaded officer', () => {
    expect(reassignTarget(suggestion, ['c'])).toBe('a');
    // Cases of several officers: moving them to one of those still moves the others.
    expect(reassignTarget(suggestion, ['a', 'c'])).toBe('a');
  });

  it('is not the officer every case is taken from: moving them there would do nothing', () => {
    expect(reassignTarget(suggestion, ['a'])).toBe('b');
  });

  it('is no one while there is no suggestion, and the API’s when the team has one officer', () => {
    expect(reassignTarget(undefined, ['a'])).toBeNull();
    const alone = { teamId: 't1', suggested: officer('a', 2), officers: [officer('a', 2)] };
    expect(reassignTarget(alone, ['a'])).toBe('a');
    expect(reassignTarget({ suggested: null, officers: [] }, [])).toBeNull();
  });
});
