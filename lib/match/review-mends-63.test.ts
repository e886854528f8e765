// Review mends of the sixty-third round's first wave: words read in one language's sense where another language, or
// the word's everyday sense, says something else. The vendors, taxonomies and sentences are made up for the tests.
import { describe, expect, it } from 'vitest';
import { personasOf, sortedResolverFor } from '../../tests/persona-taxonomy';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';
import { resolveIndustries } from './resolve';

describe('the Portuguese adviser is no Italian alderman', () => {
  // An invented vendor of agenda software for town halls, selling to elected members and their press and legal staff.
  const townhall = sortedResolverFor(
    personasOf([
      ['members', 'Elected member', ['Councillor', 'Alderman']],
      ['press', 'Communications', ['Press Officer', 'Communications Manager']],
      ['legal', 'Legal', ['Legal Counsel', 'Legal Adviser']],
    ]),
  );
  it('reads "Assessora" before a Portuguese complement as no elected member', () => {
    expect(townhall('Assessora de Imprensa')).not.toContain('members');
    expect(townhall('Assessora Jurídica')).not.toContain('members');
    expect(townhall('Assessora de Comunicação, Câmara Municipal')).not.toContain('members');
  });
  it('still reads the Italian woman alderman in the Italian shape (guards)', () => {
    expect(townhall('Assessora alla cultura')).toEqual(['members']);
    expect(townhall('Assessora alle politiche giovanili')).toEqual(['members']);
    expect(townhall('Assessora comunale ai lavori pubblici')).toEqual(['members']);
    expect(townhall('Assessore al bilancio')).toEqual(['members']);
  });
});

describe('the river Seine is no fishing gear', () => {
  // An invented vendor of case software for social services and for farm cooperatives.
  const cases = compileTaxonomy({
    personas: [],
    painPoints: [],
    industries: [
      { id: 'social', label: 'Social services', aliases: ['welfare offices', 'social action centres'] },
      { id: 'farms', label: 'Agriculture', aliases: ['farm cooperatives'] },
    ],
  });
  const ids = (prospect: { company?: string; industry?: string; notes?: string }) => resolveIndustries(prospect, cases).map((r) => r.id).sort();
  it('reads no farming from a place on the Seine', () => {
    expect(ids({ company: 'CCAS de Bréval-sur-Seine', industry: 'Services sociaux' })).not.toContain('farms');
    expect(ids({ company: 'Seine-Aval Habitat Solidaire', industry: 'Government Administration' })).not.toContain('farms');
  });
  it('still reads the seine fishers as fishing (guard)', () => {
    expect(ids({ company: 'Kervalec Purse Seine Co', industry: 'Seafood' })).toContain('farms');
  });
});

describe("public services' words in their inflections and senses", () => {
  // An invented vendor of back-office software for district nursing trusts: rounds, old software, claims and bills.
  const nursing = compileTaxonomy({
    personas: [],
    industries: [],
    painPoints: [
      { id: 'visits', label: 'Planning rounds of visits', aliases: ['home visiting', 'visit rounds'] },
      { id: 'legacy', label: 'Unsupported back-office software', aliases: ['end-of-life programs', 'retired system'] },
      { id: 'collections', label: 'Collections', aliases: ['collections', 'debt collection'] },
      { id: 'expenses', label: 'Staff expense claims', aliases: ['expense claims', 'claims'] },
      { id: 'invoicing', label: 'Checking provider bills', aliases: ['invoices', 'provider bills'] },
    ],
  } satisfies Taxonomy);
  const pains = (notes: string) => contextOf(resolveProspect({ notes }, nursing)).painPoints;
  it('reads the German dative plural of home visits and the inflected end of life', () => {
    expect(pains('Bei Hausbesuchen auf dem Land fehlt den Pflegekräften oft das Netz.')).toContain('visits');
    expect(pains('Die abgekündigten Module unseres Fachverfahrens laufen nur noch auf einem Server.')).toContain('legacy');
  });
  it("reads French 'retirer' as no money collected", () => {
    expect(pains('Les patients doivent retirer leur attestation au secrétariat de la maison de santé.')).not.toContain('collections');
  });
  it("reads Dutch 'declaraties' as claims, and as a provider's bills only beside the funder or the provider", () => {
    expect(pains('De declaraties van medewerkers worden handmatig goedgekeurd.')).toContain('expenses');
    expect(pains('De declaraties van medewerkers worden handmatig goedgekeurd.')).not.toContain('invoicing');
    expect(pains('De declaraties van de wijkverpleging bij de gemeente worden met de hand nagekeken.')).toContain('invoicing');
  });
});

describe('a matter said to be itself, and a reply that is a noun', () => {
  // An invented vendor of uptime and help-desk software for glassblowing studios.
  const studios = compileTaxonomy({
    personas: [],
    industries: [],
    painPoints: [
      { id: 'downtime', label: 'Kiln downtime', aliases: ['downtime', 'kiln stoppages'] },
      { id: 'calls', label: 'Phone calls all day', aliases: ['telefonate', 'phone calls'] },
      { id: 'replies', label: 'Slow replies to customers', aliases: ['response times', 'no reply'] },
    ],
  } satisfies Taxonomy);
  const pains = (notes: string) => contextOf(resolveProspect({ notes }, studios)).painPoints;
  it('reads the tautology that insists beside a cost as the pain', () => {
    expect(pains('Kiln two stopped twice this week. Downtime is downtime, every hour costs us €900.')).toContain('downtime');
  });
  it("reads Italian 'e' (and) as no copula", () => {
    expect(pains('Telefonate e telefonate, tutto il giorno, in bottega.')).toContain('calls');
  });
  it('still reads a plain shrug as settled (guard)', () => {
    expect(pains('Downtime is downtime.')).toEqual([]);
  });
  it('still lets a guess pass on "no reply from her" (guard)', () => {
    expect(pains('Rep asked if response times hurt, no reply from her.')).toEqual([]);
  });
});
