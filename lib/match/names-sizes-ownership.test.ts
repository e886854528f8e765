// A Romance company name whose first word is the drink as well as the place that serves it ("Cafés ...", "Caffè ...")
// names the coffee the business roasts or sells, not a group of cafés; a business said to belong to no franchise or
// chain, in the seven languages, is the taxonomy's independent entry. The taxonomies and records here are made up
// for the tests.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const prospect = (company: string, industry: string | undefined, notes: string | undefined, c: ReturnType<typeof compileTaxonomy>) =>
  contextOf(resolveProspect({ name: 'Ines Vidal', title: 'Operations Manager', company, industry, notes, source: { crm: 'hubspot', recordType: 'contact', recordId: '1' } } as Prospect, c)).industries;

// An invented vendor of software for the coffee trade.
const coffee: Taxonomy = {
  personas: [{ id: 'ops', label: 'Operations manager', aliases: ['operations manager'] }],
  industries: [
    { id: 'chains', label: 'Café chains with their own roastery', aliases: ['café chain', 'coffee bar group'] },
    { id: 'roasters', label: 'Wholesale coffee roasters', aliases: ['wholesale roaster', 'coffee manufacturer'] },
    { id: 'boxes', label: 'Coffee subscription brands', aliases: ['coffee subscription', 'online coffee shop'] },
  ],
  painPoints: [{ id: 'stock', label: 'Green coffee stock', aliases: ['green stock'] }],
};
const cafes = compileTaxonomy(coffee, []);

describe('a Romance name whose first word is the drink and its place', () => {
  it('does not read "Cafés ..." or "Caffè ..." as a group of cafés', () => {
    expect(prospect('Cafés Morvedre S.A.', undefined, undefined, cafes)).toEqual([]);
    expect(prospect('Caffè Lunardi S.r.l.', undefined, undefined, cafes)).toEqual([]);
  });
  it('leaves the segment to the notes', () => {
    expect(prospect('Cafés Orvalho', undefined, 'Sells capsules by coffee subscription, about 3,000 subscribers.', cafes)).toEqual(['boxes']);
  });
  it('still reads an English name whose head is cafés in the plural as the chain', () => {
    expect(prospect('Harbourside Cafés', undefined, undefined, cafes)).toEqual(['chains']);
  });
});

// An invented vendor of software for fitness studios.
const studios: Taxonomy = {
  personas: [{ id: 'owner', label: 'Studio owner', aliases: ['owner'] }],
  industries: [
    { id: 'indie', label: 'Independent fitness studios', aliases: ['independent studio', 'boutique studio'] },
    { id: 'franchise', label: 'Franchised fitness studios', aliases: ['fitness franchisee', 'franchise studio'] },
    { id: 'chains', label: 'Multi-site gym chains', aliases: ['gym chain', 'multi-location gym'] },
  ],
  painPoints: [{ id: 'churn', label: 'Member churn', aliases: ['cancellations'] }],
};
const gyms = compileTaxonomy(studios, []);

describe('a business said to belong to no franchise or chain', () => {
  it.each([
    ['Two rooms in the old mill, not tied to any chain. Members leave after the winter.'],
    ['Trois salles, sans franchise. Les membres partent après l’hiver.'],
    ['Tres salas, sin franquicia. Los socios se van tras el invierno.'],
    ['Due sale, senza franchising. I soci se ne vanno dopo l’inverno.'],
    ['Twee zalen, geen franchise. Leden vertrekken na de winter.'],
    ['Duas salas, sem franquia. Os sócios saem depois do inverno.'],
    ['Zwei Räume, keiner Kette angeschlossen, ohne Franchise. Mitglieder kündigen nach dem Winter.'],
  ])('reads %s as the independent entry', (notes) => {
    expect(prospect('Ferncastle Movement', undefined, notes, gyms)).toEqual(['indie']);
  });
  it('still reads a franchisee as the franchise entry', () => {
    expect(prospect('Ferncastle Movement', undefined, 'A fitness franchisee with two rooms. Members leave after the winter.', gyms)).toEqual(['franchise']);
  });
});
