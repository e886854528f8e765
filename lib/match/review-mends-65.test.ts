// Mends of the sixty-fifth round's read-only review (findings 1 to 10), each a reading that went wrong at 3771ddfe.
// Invented vendor: Corvelling, job and compliance software for firms that service commercial lifts and hoists.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const corvelling = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'paper', label: 'Paper archives', aliases: ['scanning'] },
    { id: 'recon', label: 'Parts account reconciliation', aliases: ['account matching'] },
    { id: 'clashes', label: 'Engineer diary clashes', aliases: ['double bookings'] },
    { id: 'cash', label: 'Cash flow', aliases: ['working capital'] },
    { id: 'rota', label: 'Call-out rota planning', aliases: ['on-call rota'] },
    { id: 'skills', label: 'Engineer competence records', aliases: ['skills matrix'] },
    { id: 'accreditor', label: 'Accreditation body visits', aliases: ['accreditation assessment'] },
    { id: 'short', label: 'Engineer shortages', aliases: ['short staffed'] },
    { id: 'reach', label: 'Reaching deskless engineers', aliases: ['no work email'] },
    { id: 'alloc', label: 'Cost allocation', aliases: ['chargeback'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, corvelling)).painPoints;
/** A second library whose entry is conflicts of interest, not of time. */
const ethics = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [{ id: 'interests', label: 'Interest conflicts register', aliases: ['gifts and hospitality'] }],
} satisfies Taxonomy);

describe('finding 1: requirements only as a label of its own', () => {
  it('keeps the pains of a note that says what the only requirements are', () => {
    expect(pains('The only requirements are SSO and EU hosting; the service logs are handwritten.')).toContain('paper');
    expect(pains('Their current tool meets requirements only partly, and reconciliation of the parts account is manual.')).toContain('recon');
  });
  it('still reads a label of requirements only as no pain', () => {
    expect(pains('Wants SSO, EU hosting and a tablet app. Requirements only at this stage.')).toEqual([]);
    expect(pains('Call notes - just specs for now')).toEqual([]);
  });
});

describe('finding 2: a conflict or a clash is a double booking only next to a time or booking word', () => {
  it('reads no double booking from people who clash or a conflict of interest', () => {
    for (const note of [
      'There is a constant conflict between the two depot supervisors.',
      'A personality clash with their old maintenance contractor ended it.',
    ])
      expect(pains(note), note).not.toContain('clashes');
  });
  it('still reads clashes of time', () => {
    expect(pains('Rota clashes every Monday: two engineers sent to the same shaft.')).toContain('clashes');
    expect(pains('Scheduling conflicts between the night and day crews.')).toContain('clashes');
  });
  it('does not read a conflicts-of-interest entry from a double booking', () => {
    expect(contextOf(resolveProspect({ notes: 'The meeting room was double booked again on Tuesday.' }, ethics)).painPoints).toEqual([]);
  });
});

describe('finding 3: sayings that fire on everyday sentences', () => {
  it('does not settle a clause with a possessive or a relative "that works"', () => {
    expect(pains('Its working capital runs thin every January.')).toContain('cash');
    expect(pains('They have never found an on-call rota system that works.')).toContain('rota');
  });
  it('still settles the clause before with "that works" as a clause of its own', () => {
    expect(pains('The landlords now plan the on-call rota themselves, that works.')).not.toContain('rota');
    expect(pains('The engineers already share an on-call rota app that works.')).not.toContain('rota');
  });
  it('reads no paper records from a camera', () => {
    expect(pains('The van break-in was caught on film by the yard camera.')).not.toContain('paper');
    expect(pains('The old service logs are still on microfilm at head office.')).toContain('paper');
  });
  it('reads a competence question only where not knowing is said', () => {
    for (const note of [
      'Head office wants to control who can do what in the billing system.',
      'Marta is the only one who is qualified to sign off the load tests.',
    ])
      expect(pains(note), note).not.toContain('skills');
    expect(pains('Nobody knows who can do what on the night crew.')).toContain('skills');
  });
});

describe('finding 4: foreign words and acronyms with other everyday meanings', () => {
  it('reads no accreditor from infection control, an employment office, a product seal or a care-level assessment', () => {
    for (const note of [
      'IPAC rounds flag the same sluice rooms every month.',
      'De RVA betaalt de tijdelijke werkloosheid van de monteurs te laat.',
      'Os clientes querem o selo do Inmetro em cada cabine.',
      'Die Begutachtung durch den Medizinischen Dienst zieht sich bei den Bewohnern ewig hin.',
    ])
      expect(pains(note), note).not.toContain('accreditor');
  });
  it('reads no competence record from a job grade', () => {
    expect(pains('Nel contratto la qualifica di operaio specializzato non cambia.')).not.toContain('skills');
  });
  it('still reads the accreditor from the accreditation assessment and the accreditor named', () => {
    for (const note of ['Die Akkreditierungsbegutachtung im Juni macht ihnen Sorgen.', 'Die Begutachtung durch die DAkkS im Juni macht ihnen Sorgen.'])
      expect(pains(note), note).toContain('accreditor');
  });
});

/** A library of audit work for finding 5's forms. */
const audits = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'rebill', label: 'Inspection billing leakage', aliases: ['unbilled days'] },
    { id: 'lapses', label: 'Certificates expiring unnoticed', aliases: ['certificate renewals'] },
  ],
} satisfies Taxonomy);
const auditPains = (notes: string) => contextOf(resolveProspect({ notes }, audits)).painPoints;
const plans = compileTaxonomy({ personas: [], industries: [], painPoints: [{ id: 'planning', label: 'Inspector planning', aliases: ['audit planning sheets'] }] } satisfies Taxonomy);
const auditPlans = (notes: string) => contextOf(resolveProspect({ notes }, plans)).painPoints;

describe('finding 5: the singular and the other genders beside the forms taught', () => {
  it('reads costs charged on to the client in Spanish as the billing entry', () => {
    expect(auditPains('Las jornadas de inspección extra nunca son repercutidas.')).toContain('rebill');
  });
  it('reads a certificate that expires in the singular, and Spanish "vencen"', () => {
    for (const note of [
      'Il certificato scade senza che il comune lo sappia.',
      'Das Zertifikat läuft ab, bevor jemand nachsieht.',
      'Het certificaat verloopt zonder dat iemand het merkt.',
      'Los certificados vencen sin aviso al ayuntamiento.',
    ])
      expect(auditPains(note), note).toContain('lapses');
  });
});

describe('finding 6: staff counted before "down"', () => {
  it('reads no shortage from people sent somewhere or a place down a road', () => {
    expect(pains('We sent two techs down to the plant room on Friday.')).not.toContain('short');
    expect(pains('A driver down the road spotted the smoke.')).not.toContain('short');
  });
  it('reads "an" before a vowel, and the count at a clause end or before a time', () => {
    expect(pains('We are an operator down tonight.')).toContain('short');
    expect(pains('We are two techs down.')).toContain('short');
  });
});

describe('finding 7: the standard\'s terms and an adverb in the reach phrases', () => {
  it('reads not having email with an adverb after the negation', () => {
    expect(pains('Our night fitter doesnt really have a work email, so the memos go nowhere.')).toContain('reach');
    expect(pains('Half the fitters still dont have email.')).toContain('reach');
  });
  it('reads the audit programme in the standard\'s singular', () => {
    expect(auditPlans('Le programme d\'audit est tenu sur papier dans chaque agence.')).toContain('planning');
    expect(auditPlans('Il programma di audit è ancora su carta in ogni sede.')).toContain('planning');
  });
});

/** Corvelling's buyers at the bodies it serves: lift owners' co-operatives and their boards, and the firms' own. */
const buyers = compileTaxonomy({
  personas: [
    { id: 'board-purser', label: 'Board Purser', aliases: [] },
    { id: 'purser', label: 'Purser', aliases: [] },
  ],
  industries: [],
  painPoints: [],
} satisfies Taxonomy);
const personas = (title: string, company: string) => contextOf(resolveProspect({ title, company }, buyers)).personas;

describe("finding 8: a member body's board offices", () => {
  it("leaves a building society's purser to the title's reading", () => {
    expect(personas('Purser', 'Marrowgate Building Society')).toContain('purser');
  });
  it('reads the board officer at a co-op and a strata', () => {
    expect(personas('Purser', 'Quillbrook Co-op')).toEqual(['board-purser']);
    expect(personas('Purser', 'Fenholt Strata')).toEqual(['board-purser']);
  });
});

describe('finding 9: "in charge of" is no charge', () => {
  it('reads no cost allocation from a team in charge of something', () => {
    expect(pains('Nobody can say which team is in charge of the spare parts returns.')).not.toContain('alloc');
  });
  it('still reads a cost split by unit', () => {
    expect(pains('They want the lift contract costs split by department.')).toContain('alloc');
  });
});
