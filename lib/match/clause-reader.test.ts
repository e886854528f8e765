// The clause reader (an experiment, off by default): a model of meaning reads the pain of a part of the notes no
// lexical reading named a pain in (docs/matching.md, "A sentence encoder for pains said in other words").
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';
import type { ClauseReader } from './compile';

const taxonomy: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'approvals', label: 'Slow approvals', aliases: [] },
    { id: 'churn', label: 'Customer churn', aliases: [] },
  ],
};
/** A reader that says 'churn' of every text it is given, and remembers them. */
const reader = (over: Partial<ClauseReader> = {}) => {
  const seen: string[] = [];
  const r: ClauseReader = { unit: 'sentence', cue: true, english: true, ...over, read: (text) => (seen.push(text), 1) };
  return { r, seen };
};
const pains = (notes: string, r?: ClauseReader) => contextOf(resolveProspect({ notes }, compileTaxonomy(taxonomy, [], { clauseReader: r }))).painPoints;

describe('a clause reader', () => {
  it('gives the pain it reads in a complaining sentence no lexical reading named a pain in', () => {
    const notes = 'Honestly its a nightmare, folks walk away after a month.';
    expect(pains(notes)).toEqual([]);
    const { r, seen } = reader();
    expect(pains(notes, r)).toEqual(['churn']);
    expect(seen).toEqual([notes.slice(0, -1)]);
  });

  it('is given no sentence where a pain was named, none without a complaint when it asks for one, none in another language', () => {
    const { r, seen } = reader();
    expect(pains('Approvals are slow, its a nightmare. We run four shops.', r)).toEqual(['approvals']);
    expect(seen).toEqual([]);
    expect(pains('We run four shops.', reader({ cue: false }).r)).toEqual(['churn']);
    const german = 'Ehrlich gesagt ein Albtraum, die Leute gehen nach einem Monat.';
    expect(pains(german, reader({ cue: false }).r)).toEqual([]);
    expect(pains(german, reader({ cue: false, english: false }).r)).toEqual(['churn']);
  });

  it('with `weak`, replaces a pain only the library’s words read in the sentence', () => {
    const assets = [
      ...['Chasing signatures', 'Signatures in one place', 'Signatures on the road', 'Fewer signatures'].map((title) => ({ title, description: 'Signatures and sign-off.', painPoints: ['approvals'], industries: [] })),
      ...Array.from({ length: 30 }, (_, i) => ({ title: `Topic ${i}`, description: `Plain words number ${i}.`, painPoints: [], industries: [] })),
    ];
    const notes = 'Honestly the signatures are a nightmare.';
    const read = (r?: ClauseReader) => contextOf(resolveProspect({ notes }, compileTaxonomy(taxonomy, assets, { clauseReader: r }))).painPoints;
    expect(read()).toEqual(['approvals']);
    expect(read(reader().r)).toEqual(['approvals']);
    expect(read(reader({ weak: true }).r)).toEqual(['churn']);
  });
});
