import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';

// An invented vendor (Ostrello) with three libraries: billing software for small gas boards, squad software for handball
// and rowing clubs, and a loan desk for small lenders.
const gasBoards: Taxonomy = {
  personas: [
    { id: 'billingdesk', label: 'Billing and customer care manager', aliases: ['meter accounts manager'] },
    { id: 'fiscal', label: 'Fiscal clerk', aliases: ['town treasurer', 'CFO'] },
    { id: 'counter', label: 'Front counter agent', aliases: ['counter clerk'] },
  ],
  industries: [{ id: 'gas', label: 'Small gas boards', aliases: [] }],
  painPoints: [
    { id: 'calls', label: 'Rising call volume', aliases: [] },
    { id: 'meters', label: 'Meter swap backlog', aliases: [] },
  ],
};
const noBillingDesk: Taxonomy = {
  ...gasBoards,
  personas: [
    { id: 'fiscal', label: 'Fiscal clerk', aliases: ['town treasurer', 'CFO'] },
    { id: 'counter', label: 'Front counter agent', aliases: ['counter clerk'] },
  ],
};
const clubs: Taxonomy = {
  personas: [{ id: 'physio', label: 'Squad physio', aliases: [] }],
  industries: [{ id: 'clubs', label: 'Handball and rowing clubs', aliases: [] }],
  painPoints: [
    { id: 'rtp', label: 'Return-to-training calls', aliases: [] },
    { id: 'load', label: 'Session loads', aliases: [] },
    { id: 'kit', label: 'Kit room stock', aliases: [] },
  ],
};
const lenders: Taxonomy = {
  personas: [{ id: 'desk', label: 'Loan desk head', aliases: [] }],
  industries: [{ id: 'lenders', label: 'Small lenders', aliases: [] }],
  painPoints: [
    { id: 'papers', label: 'Missing paperwork from borrowers', aliases: [] },
    { id: 'rates', label: 'Rate sheet updates', aliases: [] },
  ],
};
const housing: Taxonomy = {
  personas: [{ id: 'caseworker', label: 'Tenancy caseworker', aliases: [] }],
  industries: [{ id: 'agencies', label: 'Tenancy boards', aliases: [] }],
  painPoints: [
    { id: 'recert', label: 'Overdue recertifications', aliases: [] },
    { id: 'access', label: 'Stale admin permissions', aliases: [] },
    { id: 'kit', label: 'Kit room stock', aliases: [] },
  ],
};
const compiled = {
  housing: compileTaxonomy(housing),
  gasBoards: compileTaxonomy(gasBoards),
  noBillingDesk: compileTaxonomy(noBillingDesk),
  clubs: compileTaxonomy(clubs),
  lenders: compileTaxonomy(lenders),
};
const resolve = (library: keyof typeof compiled, prospect: Partial<Prospect>) =>
  resolveProspect({ company: 'Ostrello Test Board', industry: '', ...prospect } as Prospect, compiled[library]);
const personas = (library: keyof typeof compiled, title: string) => resolve(library, { title }).personas.map((p) => p.id);
const pains = (library: keyof typeof compiled, notes: string) => resolve(library, { notes }).painPoints.map((p) => p.id);

describe('a billing title at a vendor with a billing persona (sixty-ninth round)', () => {
  it("reads the billing persona, not the fiscal clerk's at an individual's rank", () => {
    expect(personas('gasBoards', 'Senior Billing Associate')).toEqual(['billingdesk']);
    expect(personas('gasBoards', 'Billing Team Lead')).toEqual(['billingdesk']);
  });
  it('still reads the finance persona where no persona is about billing (a guard)', () => {
    expect(personas('noBillingDesk', 'Billing Associate')).toEqual(['fiscal']);
    expect(personas('noBillingDesk', 'Head of Billing')).toEqual(['fiscal']);
  });
});

describe("an athlete's return to play and training load in six languages (sixty-ninth round)", () => {
  it('reads returning or being cleared to play, in English and Dutch', () => {
    expect(pains('clubs', 'Nobody can say when a winger is cleared to play after a knee operation.')).toContain('rtp');
    expect(pains('clubs', 'De fysio weet niet of de keeper volgende week weer kan meedoen.')).toContain('rtp');
    expect(pains('clubs', 'Niemand weiß, wann die Kreisläuferin wieder mitspielen darf.')).toContain('rtp');
  });
  it('reads a Spanish "when he is back" beside an injury, and not alone (a guard)', () => {
    expect(pains('clubs', 'Tras la lesión del pivote nadie decide cuándo vuelve a la pista.')).toContain('rtp');
    expect(pains('clubs', 'Pregunta cuándo vuelve el comercial de sus vacaciones.')).not.toContain('rtp');
  });
  it('reads the training load said in Spanish and Italian, and not a warehouse\'s loads (a guard)', () => {
    expect(pains('clubs', 'El entrenador no ve la carga de entrenamiento de cada remero.')).toContain('load');
    expect(pains('clubs', 'Vuole capire i carichi degli atleti dopo ogni regata.')).toContain('load');
    expect(pains('clubs', 'Il magazzino non registra i carichi ogni mattina alle sei.')).not.toContain('load');
  });
});

describe('documents missing and calls counted (sixty-ninth round)', () => {
  it('reads papers that come back unsigned or piecemeal', () => {
    expect(pains('lenders', 'Half the loan files come back missing a signature.')).toEqual(['papers']);
    expect(pains('lenders', 'Borrowers email their bank statements piecemeal over a fortnight.')).toEqual(['papers']);
    expect(pains('lenders', 'Two underwriters missing this week with flu.')).not.toContain('papers');
  });
  it('reads calls counted by the day and phones ringing off the hook', () => {
    expect(pains('gasBoards', 'Phones ring off the hook every Monday after the bills land.')).toEqual(['calls']);
    expect(pains('gasBoards', 'Calls per week doubled since the spring.')).toEqual(['calls']);
  });
});

describe('recertification of eligibility (sixty-ninth round)', () => {
  it("reads a household's yearly review and income certifications as recertification", () => {
    expect(pains('housing', 'Forty households are late for their yearly review.')).toEqual(['recert']);
    expect(pains('housing', 'Annual income certifications pile up every spring.')).toEqual(['recert']);
  });
  it("reads a user's access recertification as the access topic's, not a household's", () => {
    expect(pains('housing', 'The quarterly access recertification is always late.')).toEqual(['access']);
  });
});
