// Pain points in notes as reps paste them: emails, other languages, paraphrase (sixth round).
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';
import { withoutMailHeaders } from './notes';

const taxonomy: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'manual', label: 'Manual work', aliases: [] },
    { id: 'slow-approvals', label: 'Slow approvals', aliases: [] },
    { id: 'follow', label: 'Lead follow-up', aliases: [] },
    { id: 'spend', label: 'Supply spend', aliases: [] },
  ],
};
const compiled = compileTaxonomy(taxonomy);
const pains = (notes: string, c = compiled) => contextOf(resolveProspect({ notes }, c)).painPoints;

describe('a pasted email', () => {
  it('leaves its header lines and the quoted history out, keeping every offset', () => {
    const mail = 'From: Dana\nSubject: RE: follow-up\n\nApprovals take weeks.\n\n> On Mon, Sam wrote: great to meet you, any follow-up?';
    const out = withoutMailHeaders(mail);
    expect(out.length).toBe(mail.length);
    expect(out).not.toMatch(/Dana|follow|Sam/);
    expect(out).toMatch(/Approvals take weeks\./);
    expect(pains(mail)).toEqual(['slow-approvals']);
    expect(pains('Subject: lead follow-up')).toEqual([]);
    expect(pains('Lead follow-up is slow.')).toEqual(['follow']);
  });
});

describe('costs said as deal talk', () => {
  it('reads a price or a budget as a pain only with something said about it', () => {
    expect(pains('Asked for supply pricing, budget approved.')).toEqual([]);
    expect(pains('Small budget.')).toEqual([]);
    expect(pains('Supply costs went up 20% this year.')).toEqual(['spend']);
  });
});
