import { describe, expect, it } from 'vitest';
import type { PainCorrection } from '../match';
import type { ProspectCorrection, ProspectSeen, Taxonomy } from '../model';
import { LIMITS } from '../pack/rules';
import {
  MAX_DISMISSALS,
  addPhraseAlias,
  dismissalKey,
  exampleIn,
  painCorrectionsOf,
  phraseSuggestionItems,
  readDismissals,
  removePhraseAlias,
  withDismissal,
  withoutDismissal,
} from './phrase-suggestions';

const taxonomy: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'dock-detention', label: 'Dock detention', aliases: ['detention fees'] },
    { id: 'visibility', label: 'No shipment visibility', aliases: [] },
  ],
};

const correction = (key: string, over: Partial<ProspectCorrection> = {}): ProspectCorrection => ({ key, fields: {}, added: {}, removed: {}, updatedAt: 1, ...over });
const seen = (key: string, notes?: string): ProspectSeen => ({
  key,
  prospect: { name: key, ...(notes ? { notes } : {}) },
  context: { personas: [], industries: [], painPoints: [] },
  firstSeenAt: 1,
  lastSeenAt: 1,
  views: 1,
});

const doorNotes = [
  'Drivers sit for hours waiting for a door at the Dallas DC, and the carrier bills us for it every week.',
  'Trucks are always waiting for a door.',
  'Honestly our drivers keep   Waiting for a door since we lost two dock workers.',
];

describe('the corrections suggestions are made from', () => {
  it('takes the rep’s edited notes first, else the notes the record showed, and the pains added and not taken back', () => {
    const seenRows = new Map([
      ['a', seen('a', 'Notes as the page showed them.')],
      ['b', seen('b', 'Old notes.')],
      ['c', seen('c')],
    ]);
    const out = painCorrectionsOf(
      [
        correction('a', { added: { painPoints: ['dock-detention'], personas: ['cfo'] } }),
        correction('b', { fields: { notes: 'The rep’s own notes.' }, added: { painPoints: ['dock-detention', 'visibility'] }, removed: { painPoints: ['visibility'] } }),
        correction('c', { added: { painPoints: ['visibility'] } }),
        correction('unseen', { removed: { painPoints: ['visibility'] } }),
      ],
      seenRows,
    );
    expect(out).toEqual([
      { notes: 'Notes as the page showed them.', added: ['dock-detention'] },
      { notes: 'The rep’s own notes.', added: ['dock-detention'] },
      { added: ['visibility'] },
      { added: [] },
    ]);
  });
});

describe('suggestions as the options page lists them', () => {
  const corrections: PainCorrection[] = doorNotes.map((notes) => ({ notes, added: ['dock-detention'] }));

  it('says which pain point, the phrase, how many prospects and the words of one prospect’s notes around it', () => {
    const [first] = phraseSuggestionItems(taxonomy, corrections, []);
    expect(first).toMatchObject({ painPoint: 'dock-detention', label: 'Dock detention', phrase: 'waiting for a door', prospects: 3 });
    expect(first!.key).toBe(dismissalKey('dock-detention', 'Waiting  for a DOOR'));
    expect(first!.example).toEqual({
      before: 'Drivers sit for hours ',
      match: 'waiting for a door',
      after: ' at the Dallas DC, and the carrier bills us for it every…',
    });
  });

  it('leaves out what the marketer dismissed, and nothing else', () => {
    const all = phraseSuggestionItems(taxonomy, corrections, []);
    const rest = phraseSuggestionItems(taxonomy, corrections, withDismissal([], all[0]!.key));
    expect(rest.map((s) => s.key)).toEqual(all.slice(1).map((s) => s.key));
    expect(rest.map((s) => s.phrase)).not.toContain('waiting for a door');
  });

  it('stops suggesting a phrase once it is an alias', () => {
    const added = addPhraseAlias(taxonomy, 'dock-detention', 'waiting for a door');
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expect(phraseSuggestionItems(added.change.taxonomy, corrections, []).map((s) => s.phrase)).not.toContain('waiting for a door');
  });

  it('says nothing with too few corrections', () => {
    expect(phraseSuggestionItems(taxonomy, corrections.slice(0, 2), [])).toEqual([]);
    expect(phraseSuggestionItems(taxonomy, [], [])).toEqual([]);
  });
});

describe('the example around a phrase', () => {
  it('finds the phrase whatever its capitals and spacing, and cuts long notes at whole words', () => {
    const notes = `${'Lots of background about the account and its history. '.repeat(3)}Our trucks keep WAITING\nfor a door at every site. ${'More words after it that go on and on. '.repeat(3)}`;
    const ex = exampleIn(notes, 'waiting for a door')!;
    expect(ex.match).toBe('WAITING for a door');
    expect(ex.before.startsWith('…')).toBe(true);
    expect(ex.after.endsWith('…')).toBe(true);
    expect(ex.before.length).toBeLessThanOrEqual(62);
    // No word cut in half at either end.
    expect(notes).toContain(ex.before.slice(1).trim().split(' ')[0]! + ' ');
    expect(ex.after.slice(0, -1).trim().split(' ').pop()).toMatch(/^[a-z.]+$/i);
    expect(notes.replace(/\s+/g, ' ')).toContain(`${ex.before.slice(1)}${ex.match}${ex.after.slice(0, -1)}`);
  });

  it('treats the phrase as text, not a pattern', () => {
    expect(exampleIn('Costs went up (a lot) this year.', '(a lot)')?.match).toBe('(a lot)');
    expect(exampleIn('Nothing here.', 'a.b')).toBeUndefined();
  });
});

describe('dismissals', () => {
  it('reads only a list of strings from storage', () => {
    expect(readDismissals(undefined)).toEqual([]);
    expect(readDismissals('x')).toEqual([]);
    expect(readDismissals(['a', 3, null, 'b'])).toEqual(['a', 'b']);
  });

  it('keeps each once, the newest last, and at most MAX_DISMISSALS', () => {
    expect(withDismissal(['a', 'b'], 'a')).toEqual(['b', 'a']);
    expect(withoutDismissal(['a', 'b'], 'a')).toEqual(['b']);
    const many = Array.from({ length: MAX_DISMISSALS }, (_, i) => `k${i}`);
    const next = withDismissal(many, 'new');
    expect(next).toHaveLength(MAX_DISMISSALS);
    expect(next[0]).toBe('k1');
    expect(next.at(-1)).toBe('new');
  });
});

describe('"Add as phrase" as a taxonomy edit', () => {
  it('adds the phrase to the pain point’s aliases and changes nothing else', () => {
    const r = addPhraseAlias(taxonomy, 'dock-detention', '  waiting for a door ');
    expect(r).toEqual({
      ok: true,
      change: {
        taxonomy: { ...taxonomy, painPoints: [{ id: 'dock-detention', label: 'Dock detention', aliases: ['detention fees', 'waiting for a door'] }, taxonomy.painPoints[1]] },
        retags: [],
      },
    });
    const back = r.ok && removePhraseAlias(r.change.taxonomy, 'dock-detention', 'Waiting for a door');
    expect(back && back.ok && back.change.taxonomy).toEqual(taxonomy);
  });

  it('refuses what a hand edit refuses: a pain point gone, too many aliases, an alias too long', () => {
    expect(addPhraseAlias(taxonomy, 'gone', 'x')).toMatchObject({ ok: false, field: 'id' });
    const full: Taxonomy = { ...taxonomy, painPoints: [{ id: 'dock-detention', label: 'Dock detention', aliases: Array.from({ length: LIMITS.aliasesPerEntry }, (_, i) => `alias ${i}`) }] };
    expect(addPhraseAlias(full, 'dock-detention', 'waiting for a door')).toMatchObject({ ok: false, field: 'aliases', message: `${LIMITS.aliasesPerEntry + 1} aliases; the limit is ${LIMITS.aliasesPerEntry} an entry` });
    expect(addPhraseAlias(taxonomy, 'dock-detention', 'w'.repeat(LIMITS.aliasChars + 1))).toMatchObject({ ok: false, field: 'aliases' });
    // The same phrase twice is one alias (as in the editor).
    const twice = addPhraseAlias(taxonomy, 'dock-detention', 'Detention Fees');
    expect(twice.ok && twice.change.taxonomy.painPoints[0]!.aliases).toEqual(['detention fees']);
  });
});
