// Who speaks in a transcript or a summary: the vendor's salesperson labelled by the vendor's name ("Milo (Tessaloop):")
// beside the prospect speaking under their own name, and the rep's guess after a summary's label ("Meeting recap (AI):
// Rep asked whether ..."), are the rep's words, not the prospect's pains. Invented vendor and records.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const bakery: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'oven-slots', label: 'Oven slot clashes', aliases: [] },
    { id: 'flour-stock', label: 'Flour stock-outs', aliases: ['running out of flour'] },
    { id: 'wholesale-invoices', label: 'Wholesale invoice chasing', aliases: ['chasing wholesale invoices'] },
  ],
};
const compiled = compileTaxonomy(bakery);
const pains = (notes: string, name?: string) => contextOf(resolveProspect({ name, notes }, compiled)).painPoints;

describe('who speaks in a transcript', () => {
  it("a speaker labelled by the vendor's name beside the prospect's own name is the rep", () => {
    const notes =
      '[00:01:04] Milo (Tessaloop): With three shops I bet oven slot clashes happen daily?\n' +
      "[00:01:09] Greta Lind: Hm, not really, the rota's fine. It's chasing wholesale invoices, every Friday.\n" +
      '[00:01:30] Milo (Tessaloop): Right. And flour stock-outs?';
    expect(pains(notes, 'Greta Lind')).toEqual(['wholesale-invoices']);
  });
  it('a speaker labelled by a role is not taken for the rep', () => {
    const notes = 'Greta Lind: chasing wholesale invoices every Friday.\nOskar (owner): and oven slot clashes on Saturdays, every week.';
    expect(pains(notes, 'Greta Lind').sort()).toEqual(['oven-slots', 'wholesale-invoices']);
  });
  it("a summary's label before the rep's guess keeps it a guess", () => {
    expect(pains('Meeting recap (AI): Rep asked whether oven slot clashes were a problem; prospect said no, the rota works.')).toEqual([]);
    expect(pains('Meeting recap (AI): Rep asked whether oven slot clashes were a problem; prospect said yes, every Saturday.')).toEqual(['oven-slots']);
  });
  it("a prospect's own 'I figured' under their label is no guess of the rep's", () => {
    expect(pains('Greta: I figured flour stock-outs were behind us. Nope, we ran out of flour twice last week.', 'Greta Lind')).toEqual(['flour-stock']);
    expect(pains('Greta Lind: we assumed flour stock-outs were over. No, they came back this month.', 'Greta Lind')).toEqual(['flour-stock']);
    expect(pains('Rep: how are the ovens?\nGreta: I thought oven slot clashes would settle down. No, they still happen every Saturday.', 'Greta Lind')).toEqual(['oven-slots']);
  });
  it('a capitalised role in brackets, in any language, is not taken for the vendor', () => {
    for (const role of ['Owner', 'Head Baker', 'Inhaber', 'Office Manager'])
      expect(pains(`Greta Lind: chasing wholesale invoices every Friday.\nOskar (${role}): and oven slot clashes on Saturdays, every week.`, 'Greta Lind').sort()).toEqual(['oven-slots', 'wholesale-invoices']);
  });
  it("a colleague labelled with the prospect's own company is the prospect's side", () => {
    const notes = 'Greta Lind: chasing wholesale invoices every Friday.\nOskar (Lindbakery): and oven slot clashes on Saturdays, every week.';
    expect(contextOf(resolveProspect({ name: 'Greta Lind', company: 'Lindbakery', notes }, compiled)).painPoints.sort()).toEqual(['oven-slots', 'wholesale-invoices']);
  });
  it("a vendor's name in camel case or with a legal form still marks the rep", () => {
    for (const vendor of ['TessaLoop', 'Tessaloop Inc.'])
      expect(pains(`[00:01] Milo (${vendor}): I bet oven slot clashes happen daily?\n[00:02] Greta Lind: Hm, not really. It is chasing wholesale invoices.`, 'Greta Lind')).toEqual(['wholesale-invoices']);
  });
});
