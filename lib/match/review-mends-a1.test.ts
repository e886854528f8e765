// Review mends a1 (fifty-ninth round) of the pains rules merged that round: audit-without-findings cues that settle
// only beside an audit. Invented vendors: a bus depot's repair backlog and a workshop chain's stock shrinkage.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const depot = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'repairs', label: 'Repair backlog', aliases: ['unrepaired coaches', 'coaches off the road'] },
    { id: 'shrink', label: 'Stock shrinkage', aliases: ['shrinkage', 'vanished spares'] },
    { id: 'audit', label: 'Audit findings', aliases: ['audit findings', 'internal audit', 'auditors'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, depot)).painPoints;

describe('an audit without findings, said only beside an audit', () => {
  it('reads the pain where "sem reparos" or "aucun constat" is no audit', () => {
    expect(pains('Os autocarros da garagem norte ficam parados sem reparos: coaches off the road every week.')).toContain('repairs');
    expect(pains('Aucun constat écrit, juste des vanished spares dans chaque atelier.')).toContain('shrink');
  });
  it('still settles beside an audit', () => {
    expect(pains('A auditoria interna do ano passado não teve reparos sobre o shrinkage.')).not.toContain('shrink');
  });
});

describe('a problem already tackled settles only the matter named before it in its clause', () => {
  it('reads the pain named after the cue, in another clause, or before a cue said of something else', () => {
    expect(pains('They already dealt with two audits this spring and each one found vanished spares.')).toContain('shrink');
    expect(pains('Vanished spares: already addressed in the east depots, still bad in the west ones.')).toContain('shrink');
    expect(pains('Die Shrinkage ist noch nicht angegangen, nur bereits behoben beim Fahrplan.')).toContain('shrink');
  });
  it('still settles the matter named before it', () => {
    expect(pains('The shrinkage at the depots was already addressed last winter with monthly counts.')).not.toContain('shrink');
    expect(pains('Die Shrinkage in den Depots haben sie letzten Winter schon angegangen.')).not.toContain('shrink');
  });
});

const routes = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'fuel', label: 'Fuel costs', aliases: ['diesel bill', 'fuel bill'] },
    { id: 'drivers', label: 'Driver shortage', aliases: ['uncovered shifts', 'short of drivers'] },
  ],
} satisfies Taxonomy);
const routePains = (notes: string) => contextOf(resolveProspect({ notes }, routes)).painPoints;

describe("an unconfirmed guess is the clause its hedge opens", () => {
  it('keeps a firm pain joined to the guess by "and"', () => {
    expect(routePains('The diesel bill went up by half and maybe uncovered shifts as well - unconfirmed.')).toEqual(['fuel']);
    expect(routePains('Uncovered shifts on most weekends and possibly the fuel bill too - not confirmed.')).toEqual(['drivers']);
  });
  it('still drops the guess itself', () => {
    expect(routePains('Maybe uncovered shifts on weekends - unconfirmed.')).toEqual([]);
  });
});

describe('a next step headed "To confirm:" is no mark of the sentence before', () => {
  it('reads the hedged pain the prospect stated', () => {
    expect(routePains('The owner says they probably have uncovered shifts twice a week. To confirm: the pricing call on Friday.')).toEqual(['drivers']);
    expect(routePains('The owner says they probably have uncovered shifts twice a week. TBC: demo slot.')).toEqual(['drivers']);
  });
  it('still reads a mark that is the whole next sentence', () => {
    expect(routePains('They probably have uncovered shifts twice a week. Unconfirmed.')).toEqual([]);
  });
});

describe('the unconfirmed-guess marks and hedges in every language', () => {
  it('reads no pain from the marked guess', () => {
    for (const note of [
      'Likely short of drivers over the holidays - unconfirmed.',
      'Vielleicht short of drivers im Sommer - nicht verifiziert.',
      'Tal vez short of drivers en verano - sin verificar.',
      'Magari short of drivers a luglio - non ancora confermato.',
      'Wellicht short of drivers in de zomer - nog niet bevestigd.',
      'Talvez short of drivers no verão - ainda não confirmado.',
      "Forse short of drivers d'estate (solo un'ipotesi).",
    ])
      expect(routePains(note), note).toEqual([]);
  });
});

const treasury = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'fx', label: 'Currency risk', aliases: ['currency exposure', 'currency', 'hedging'] },
    { id: 'ic', label: 'Intercompany reconciliation', aliases: ['intercompany'] },
    { id: 'renew', label: 'Contract renewals', aliases: ['expiring'] },
  ],
} satisfies Taxonomy);
const treasuryPains = (notes: string) => contextOf(resolveProspect({ notes }, treasury)).painPoints;

describe('the usual currency and intercompany words, and "in scadenza" of a contract', () => {
  it('reads them', () => {
    expect(treasuryPains('I prestiti infragruppo si riconciliano a mano ogni trimestre.')).toContain('ic');
    expect(treasuryPains('La cobertura cambiaria se decide en hojas de cálculo.')).toContain('fx');
    expect(treasuryPains('Die Devisenabsicherung läuft über drei Banken ohne Überblick.')).toContain('fx');
    expect(treasuryPains('Hoge wisselkoersverliezen op de Britse verkopen.')).toContain('fx');
    expect(treasuryPains('Il contratto in scadenza a giugno con il fornitore attuale.')).toContain('renew');
  });
  it('reads no expiry in invoices falling due', () => {
    expect(treasuryPains('Le bollette in scadenza vengono saldate tardi ogni mese.')).not.toContain('renew');
  });
});
