// Seventieth round: the words of a finance or payout desk in the six languages, read as English says them (advances
// paid ahead, tax withheld at source, several currencies, statements of account, conflicting claims, synchronisation,
// works in the plural), "already done" with its verb "to be" as a settled topic (and not "has already sent"), and a
// Romance numeral in a Romance sentence as its number, not the English word it is spelt as (Italian "due", two).
// Invented vendor (Lantern Ledger, payout software for comic publishers and podcast networks) and invented records.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const lantern: Taxonomy = {
  personas: [],
  industries: [
    { id: 'comics', label: 'Comic publishers', aliases: ['graphic novel imprints'] },
    { id: 'podcasts', label: 'Podcast networks', aliases: ['audio studios'] },
  ],
  painPoints: [
    { id: 'advance-tracking', label: 'Advance tracking', aliases: ['advances'] },
    { id: 'withholding', label: 'Payout withholding', aliases: ['withholding'] },
    { id: 'fx', label: 'Currency handling', aliases: ['currencies'] },
    { id: 'rights-clash', label: 'Conflicting claims', aliases: ['clashing claims'] },
    { id: 'sync-deal-log', label: 'Sync deal tracking', aliases: ['sync'] },
    { id: 'late-statements', label: 'Statement delays', aliases: ['statements'] },
    { id: 'works-register', label: 'Works register', aliases: ['works'] },
    { id: 'buyer-checks', label: 'Diligence for buyers', aliases: ['buyer checks'] },
    { id: 'slow-payouts', label: 'Slow payouts', aliases: ['payout delays', 'delays'] },
  ],
};
const asset = (id: string, title: string, painPoints: string[]) => ({ id, title, painPoints, industries: [] });
// The due diligence assets say "due" often, so that the library's own words speak for it.
const assets = [
  asset('d1', 'Preparing due diligence before a catalogue sale', ['buyer-checks']),
  asset('d2', 'The questions due diligence puts to a small imprint', ['buyer-checks']),
  asset('d3', 'Due diligence packs a buyer trusts', ['buyer-checks']),
  asset('d4', 'One data room per buyer\'s due diligence', ['buyer-checks']),
  asset('d5', 'Due diligence questions, answered', ['buyer-checks']),
  asset('s1', 'Statements creators can read', ['late-statements']),
  asset('s2', 'Statement runs closed before the deadline', ['late-statements']),
];
const compiled = compileTaxonomy(lantern, assets);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, compiled)).painPoints;

describe('a payout desk\'s words in six languages', () => {
  it('advances said in German or in Spanish', () => {
    expect(pains('Die Vorschüsse an unsere Zeichner stehen in keiner Liste.')).toContain('advance-tracking');
    expect(pains('Ningún socio controla los adelantos pendientes de los guionistas.')).toContain('advance-tracking');
  });
  it('tax withheld at source in French and Italian', () => {
    expect(pains('Les retenues à la source sur les ventes canadiennes sont refaites chaque mois.')).toContain('withholding');
    expect(pains('Nessuno controlla la ritenuta d’acconto sui diritti incassati in Giappone.')).toContain('withholding');
  });
  it('several currencies in Portuguese', () => {
    expect(pains('Os desenhistas recebem em diversas moedas e ninguém confere o câmbio.')).toContain('fx');
  });
  it('claims said to conflict in Dutch', () => {
    expect(pains('Twee uitgevers sturen conflicterende claims op dezelfde reeks.')).toContain('rights-clash');
  });
  it('synchronisation in Spanish', () => {
    expect(pains('La sincronización de episodios con anuncios vive en correos sueltos.')).toContain('sync-deal-log');
  });
  it('a statement of account in Italian', () => {
    expect(pains('Il rendiconto per i disegnatori esce con settimane di ritardo.')).toContain('late-statements');
  });
  it('the plural works in Portuguese, not the labour of "mão de obra"', () => {
    expect(pains('As obras novas ficam meses sem cadastro.')).toContain('works-register');
    expect(pains('Falta mão de obra no armazém.')).not.toContain('works-register');
  });
});

describe('"already done" with its verb', () => {
  it('settles its topic in Portuguese and Spanish', () => {
    expect(pains('O estudo dos atrasos já está feito pela contabilidade.')).toEqual([]);
    expect(pains('La revisión de los retrasos ya está hecha por el gestor.')).toEqual([]);
  });
  it('"has already sent a reminder" does not', () => {
    expect(pains('Les contrôleurs ont déjà fait un rappel sur des retenues à la source.')).toContain('withholding');
  });
});

describe('a Romance numeral is its number', () => {
  it('Italian "due" (two) is no word of due diligence', () => {
    expect(pains('Chiudere il trimestre richiede due settimane di lavoro.')).not.toContain('buyer-checks');
  });
  it('the English word still is', () => {
    expect(pains('Each buyer\'s due diligence drags on for weeks.')).toContain('buyer-checks');
  });
});
