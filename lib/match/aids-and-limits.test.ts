// Sixty-seventh round: a mobility aid's names in six languages (the wheelchair, the walking frame), a payer's approval
// (German "Genehmigung" beside a payer's word, the Romance and Dutch prior approval), a cast taken in plaster, a fitting in
// Dutch and French, a number approved or allowed read as a limit, a place running hot or cold read as a temperature out
// of range, an allele read as a genotype, a worker's medical clearance read as occupational health, and a no said with
// who says it ("- she answered no") answering the topic before it. Invented vendor (Thimbleroot, loan-store and
// workshop software for hearing, seating and animal-health services) and invented records.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const thimbleroot: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'loan-returns', label: 'Loan store returns', aliases: ['wheelchairs', 'walkers'] },
    { id: 'payer-approvals', label: 'Funder cost approvals', aliases: ['prior approval', 'approval'] },
    { id: 'scanning', label: 'Digital casting and scanning', aliases: ['plaster casts'] },
    { id: 'fittings', label: 'Fitting appointments', aliases: ['fitting'] },
    { id: 'use-limits', label: 'Use limits per licence', aliases: ['approved limit'] },
    { id: 'cold-store', label: 'Store temperature monitoring', aliases: ['high temperature'] },
    { id: 'herd-genetics', label: 'Herd genotype records', aliases: ['genotype'] },
    { id: 'courier', label: 'Courier collections', aliases: ['courier pickups'] },
    { id: 'staff-health', label: 'Staff occupational health', aliases: ['occupational health'] },
  ],
};
const compiled = compileTaxonomy(thimbleroot);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, compiled)).painPoints;

describe('a mobility aid named in the six languages', () => {
  it('the wheelchair and the walking frame as English says them', () => {
    expect(pains('Die Rollstühle aus dem Verleih stehen wochenlang ungeprüft im Keller.')).toContain('loan-returns');
    expect(pains('Les fauteuils roulants prêtés reviennent sales et personne ne les vérifie.')).toContain('loan-returns');
    expect(pains('De rolstoelen van de uitleen komen kapot terug en niemand weet waar ze staan.')).toContain('loan-returns');
  });
});

describe("a payer's approval", () => {
  it('German "Genehmigung" beside a payer is the approval; alone it stays a permit', () => {
    expect(pains('Die Genehmigung der Krankenkasse dauert bei uns fünf Wochen.')).toContain('payer-approvals');
    expect(pains('Die Genehmigung dauert bei uns fünf Wochen.')).not.toContain('payer-approvals');
  });
  it('the Romance prior approval reads the alias', () => {
    expect(pains("L'accord préalable de la caisse traîne depuis un mois.")).toContain('payer-approvals');
  });
});

describe('a cast taken in plaster and a fitting', () => {
  it('German and Dutch one-word plaster casts read the digital casting entry', () => {
    expect(pains('Wir nehmen weiterhin Gipsabdrücke.')).toContain('scanning');
    expect(pains('Nog steeds gipsafdrukken bij elke klant.')).toContain('scanning');
  });
  it('Dutch "aanmeten" is a fitting', () => {
    expect(pains('Aanmeten van hoortoestellen: op vrijdag staat de wachtkamer vol, maandag niemand.')).toContain('fittings');
  });
});

describe('a number approved or allowed, a room running hot, a medical clearance, an allele', () => {
  it('more than the approved number is over a limit', () => {
    expect(pains('Two sites ran more sessions than the approved number last spring.')).toContain('use-limits');
  });
  it('a store running hot is a temperature out of range', () => {
    expect(pains('We lost a pallet of vaccines when the back store ran hot during Easter.')).toContain('cold-store');
  });
  it("a worker's medical clearance is occupational health", () => {
    expect(pains('Two temps started on the line before their medical clearance was back.')).toContain('staff-health');
  });
  it('an allele is a genotype', () => {
    expect(pains('Nobody can say what allele each heifer carries.')).toContain('herd-genetics');
  });
});

describe('a no said with who says it', () => {
  it('"maybe X too - she answered no" answers X; the pain said before it stays', () => {
    expect(pains('Courier pickups get missed weekly; maybe the wheelchairs too - she answered no.')).toEqual(['courier']);
    expect(pains('Courier pickups get missed weekly; maybe the wheelchairs too - Odalys replied no.')).toEqual(['courier']);
    expect(pains('Courier pickups get missed weekly; maybe the wheelchairs too, answered no.')).toEqual(['courier']);
  });
  it('a no with more words after it is no such answer', () => {
    expect(pains('Courier pickups get missed weekly, Odalys replied no one rings ahead.')).toEqual(['courier']);
  });
});
