// The rep's guess the prospect lets pass ("the owner didn't bite", "Sam shrugged"), neither yes nor no: the guess
// stays the rep's and names no pain, as a guess turned down does; "my read" and "I think" open such a guess in
// running notes, and a "but" before the letting pass ends it. Invented vendor and records.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const printShops: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'ink-waste', label: 'Wasted ink and paper', aliases: ['ink waste', 'misprints'] },
    { id: 'proofing', label: 'Slow artwork sign-off', aliases: ['artwork sign-off'] },
  ],
};
const compiled = compileTaxonomy(printShops);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, compiled)).painPoints;

describe('a guess the prospect lets pass', () => {
  it('"but the owner didn\'t bite" after "my read" names no pain', () => {
    expect(pains('Spoke to the owner about the new presses. My read was their misprints run high but the owner didn\'t bite.')).toEqual([]);
  });
  it('"I think ..., the owner didn\'t comment" names no pain', () => {
    expect(pains('Visited the shop on Tuesday. I think they have misprints too, the owner didn\'t comment.')).toEqual([]);
  });
  it('a shrug or no reaction in the next sentence, in English and another language', () => {
    expect(pains('Rep thought misprints were the issue. Sam just shrugged.')).toEqual([]);
    expect(pains('Rep thought misprints were the issue. Il n\'a pas réagi.')).toEqual([]);
  });
  it('the prospect\'s own pain after the guess still reads, and a guess taken up stays', () => {
    expect(pains('My read was their misprints run high but the owner didn\'t bite. Artwork sign-off takes a week, she said.')).toEqual(['proofing']);
    expect(pains('I think misprints cost them plenty. She agreed, every Friday.')).toContain('ink-waste');
  });
});

// Review mends (fifty-seventh round): the prospect's own words in quotation marks open no guess; a let-pass about another
// topic lets nothing pass; it silences the guess and its own words, not the prospect's pain after it; the guess opens
// and is let pass in the seven languages.
describe('a guess let pass, review mends', () => {
  it('finding 1: "I think" in the prospect\'s quotation is no guess, and "no comment on" another topic lets nothing pass', () => {
    expect(pains('"I think misprints eat our margin," the owner told me. No comment on the lease terms yet.')).toEqual(['ink-waste']);
    expect(pains('Rep thought misprints were the issue. No comment on the lease terms yet.')).toEqual(['ink-waste']);
  });
  it('finding 2: the prospect\'s own pain after the let-pass still reads', () => {
    expect(pains('My read was their misprints run high but the owner didn\'t bite, she said artwork sign-off drags on for days.')).toEqual(['proofing']);
    expect(pains('I think misprints are their worry. The owner changed the subject to artwork sign-off, which drags on for days.')).toEqual(['proofing']);
    expect(pains('I think misprints are hurting the shop, she agreed, no comment on artwork sign-off.')).toContain('ink-waste');
    expect(pains('Rep thought misprints were the issue. The owner didn\'t bite on the misprints.')).toEqual([]);
  });
  it('finding 5: a guess opened in the six languages, and the let-pass in more of their forms', () => {
    expect(pains('Je pense qu\'ils ont des misprints. Le patron n\'a pas réagi.')).toEqual([]);
    expect(pains('Ich glaube, sie haben misprints. Der Chef ist nicht darauf eingegangen.')).toEqual([]);
    expect(pains('Ik denk dat ze misprints hebben. De eigenaar ging er niet op in.')).toEqual([]);
    expect(pains('Acho que eles têm misprints. O dono deu de ombros.')).toEqual([]);
    expect(pains('Penso che abbiano misprints. Il titolare ha fatto spallucce.')).toEqual([]);
    expect(pains('Creo que tienen misprints. El dueño no dijo nada.')).toEqual([]);
    expect(pains('Rep thought misprints were the issue. The owner doesn\'t bite.')).toEqual([]);
    expect(pains('Rep thought misprints were the issue. Sam shrugs.')).toEqual([]);
    expect(pains('Rep thought misprints were the issue. The owner wasn\'t interested.')).toEqual([]);
  });
});
