import { describe, expect, it } from 'vitest';
import { emptyAnswers, nextMemberId, parseStoredAnswers, questionKey, toSituation, withAnswer, withoutMember } from './answers.ts';

describe('explorer answers', () => {
  it('keeps "don\'t know" out of the situation, so the engine treats the fact as unknown', () => {
    let a = withAnswer(emptyAnswers(), { entity: 'person', person: 'p1', fact: 'igo' }, null);
    a = withAnswer(a, { entity: 'household', fact: 'tenure' }, 'huurder-privaat');
    expect(toSituation(a)).toEqual({
      household: { facts: { tenure: 'huurder-privaat' } },
      persons: [{ id: 'p1', role: 'aanvrager', facts: {} }],
    });
    expect(a.asked).toEqual(['person|p1|igo', 'household||tenure']);
  });

  it('records the order of first asking only once when an answer is changed', () => {
    const ref = { entity: 'person' as const, person: 'p1', fact: 'date_of_birth' };
    const a = withAnswer(withAnswer(emptyAnswers(), ref, '1985-03-02'), ref, '1985-03-12');
    expect(a.asked).toEqual([questionKey(ref)]);
    expect(a.persons.p1?.date_of_birth).toBe('1985-03-12');
  });

  it('removes a member with their answers and questions, and never reuses the id', () => {
    let a = { ...emptyAnswers(), members: [...emptyAnswers().members, { id: 'p2', role: 'kind' as const, name: '' }] };
    a = withAnswer(a, { entity: 'person', person: 'p2', fact: 'school_level' }, 'lager');
    const removed = withoutMember(a, 'p2');
    expect(removed.members.map((m) => m.id)).toEqual(['p1']);
    expect(removed.persons.p2).toBeUndefined();
    expect(removed.asked).toEqual([]);
    expect(nextMemberId(a)).toBe('p3');
  });

  it('passes worker-mode provenance on, so self-declared facts must be confirmed', () => {
    const a = { ...withAnswer(emptyAnswers(), { entity: 'person', person: 'p1', fact: 'igo' }, true), provenance: { 'person|p1|igo': { source: 'self-declared' as const, observed: '2026-11-20' } } };
    expect(toSituation(a).persons?.[0]?.facts).toEqual({ igo: { value: true, source: 'self-declared', observed: '2026-11-20' } });
  });

  it('starts afresh from stored text that is not a questionnaire', () => {
    expect(parseStoredAnswers('{"members":[]}')).toBeNull();
    expect(parseStoredAnswers('niet json')).toBeNull();
    expect(parseStoredAnswers(JSON.stringify(emptyAnswers()))).toEqual(emptyAnswers());
  });
});
