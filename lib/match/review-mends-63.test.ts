// Review mends of the sixty-third round's first wave: words read in one language's sense where another language, or
// the word's everyday sense, says something else. The vendors, taxonomies and sentences are made up for the tests.
import { describe, expect, it } from 'vitest';
import { personasOf, sortedResolverFor } from '../../tests/persona-taxonomy';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';
import { industryWords, sectorsOf } from './compile';

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
    expect(townhall('Assessora de Comunicação, Junta de Freguesia')).not.toContain('members');
  });
  it('still reads the Italian woman alderman in the Italian shape (guards)', () => {
    expect(townhall('Assessora alla cultura')).toEqual(['members']);
    expect(townhall('Assessora alle politiche giovanili')).toEqual(['members']);
    expect(townhall('Assessora comunale ai lavori pubblici')).toEqual(['members']);
    expect(townhall('Assessore al bilancio')).toEqual(['members']);
  });
});

describe('the river Seine is no fishing gear', () => {
  // The sectors read in an invented social landlord's and an invented fishing company's names and values.
  const sectors = (text: string) => sectorsOf(industryWords(text));
  it('reads no farming or fishing sector from a place or a body on the Seine', () => {
    expect(sectors('CCAS de Bréval-sur-Seine')).not.toContain('agriculture');
    expect(sectors('Seine-Aval Habitat Solidaire')).not.toContain('agriculture');
  });
  it('still reads the seine fishers and their nets as fishing (guard)', () => {
    expect(sectors('Kervalec Seine Net Fishing')).toContain('agriculture');
    expect(sectors('Seiners')).toContain('agriculture');
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
    expect(pains('De declaraties van de kraamzorg bij de gemeente worden met de hand nagekeken.')).toContain('invoicing');
  });
});

describe('a matter said to be itself, and a reply that is a noun', () => {
  // An invented vendor of uptime and help-desk software for glassblowing studios.
  const studios = compileTaxonomy({
    personas: [],
    industries: [],
    painPoints: [
      { id: 'downtime', label: 'Kiln downtime', aliases: ['downtime', 'kiln stoppages'] },
      { id: 'calls', label: 'Payment reminders all day', aliases: ['solleciti', 'payment reminders'] },
      { id: 'replies', label: 'Slow replies to customers', aliases: ['response times', 'no reply'] },
    ],
  } satisfies Taxonomy);
  const pains = (notes: string) => contextOf(resolveProspect({ notes }, studios)).painPoints;
  it('reads the tautology that insists beside a cost as the pain', () => {
    expect(pains('Kiln two stopped twice this week. Downtime is downtime, every hour costs us €900.')).toContain('downtime');
  });
  it("reads Italian 'e' (and) as no copula", () => {
    expect(pains('Solleciti e solleciti, tutto il giorno, in bottega.')).toContain('calls');
  });
  it('still reads a plain shrug as settled (guard)', () => {
    expect(pains('Downtime is downtime.')).toEqual([]);
  });
  it('still lets a guess pass on "no reply from her" (guard)', () => {
    expect(pains('Rep asked if response times hurt, no reply from her.')).toEqual([]);
  });
  it('reads "no reply" before a noun as an answer that engages, not a guess let pass', () => {
    // An invented vendor of help-desk software for hat makers.
    const hats = compileTaxonomy({
      personas: [],
      industries: [],
      painPoints: [
        { id: 'inbox', label: 'Shared inbox chaos', aliases: ['shared inbox'] },
        { id: 'templates', label: 'Typing every answer from scratch', aliases: ['reply templates', 'canned replies'] },
      ],
    } satisfies Taxonomy);
    const read = (notes: string) => contextOf(resolveProspect({ notes }, hats)).painPoints;
    expect(read('Rep asked whether the shared inbox hurts - no reply templates, each email typed from scratch.')).toContain('inbox');
    expect(read('Rep asked whether the shared inbox hurts - no reply.')).toEqual([]);
  });
});
