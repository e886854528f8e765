import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from './compile';
import { resolveIndustries } from './resolve';

// An invented job-tracking vendor ("Splintgrove") for the orthopaedic trades: limb and brace workshops, makers of
// orthopaedic shoes, shops of bandages and aids, providers of mobility aids at home, and workshops inside hospitals.
const splintgrove = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'limbs', label: 'Limb and brace makers', aliases: ['prosthetic and orthotic'] },
    { id: 'shoe-studios', label: 'Shoe adaptation studios', aliases: ['podo-orthèse'] },
    { id: 'aid-shops', label: 'Medical aid shops', aliases: ['medical supply shop'] },
    { id: 'home-equipment', label: 'Home care equipment providers', aliases: ['mobility equipment'] },
    { id: 'brace-rooms', label: 'Hospital brace rooms', aliases: ['brace room'] },
  ],
});
// An invented colony-tracking vendor ("Murivane") for animal research: public bodies, drug developers, contract firms.
const murivane = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'public-bodies', label: 'Public research bodies', aliases: ['research laboratory'] },
    { id: 'drug-developers', label: 'Drug and biotech developers', aliases: [] },
    { id: 'contract-firms', label: 'Contract research firms', aliases: ['contract laboratory'] },
  ],
});
// An invented timesheet vendor ("Talvio") for language schools and the courses they give at firms.
const talvio = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'tongue-schools', label: 'Private tongue schools', aliases: [] },
    { id: 'employer-courses', label: 'Courses at employers', aliases: ['incompany training'] },
  ],
});
const ids = (prospect: { company?: string; industry?: string; notes?: string }, c: ReturnType<typeof compileTaxonomy>) => resolveIndustries(prospect, c).map((r) => r.id).sort();

describe("the orthopaedic trades' kinds of business in the six languages", () => {
  it('reads a German limb and brace workshop as the makers', () => {
    expect(ids({ company: 'Quellmayr Prothetik' }, splintgrove)).toEqual(['limbs']);
  });
  it('reads a Spanish limb and brace workshop as the makers', () => {
    expect(ids({ company: 'Ortoprotésica Valdares' }, splintgrove)).toEqual(['limbs']);
  });
  it('reads a Dutch maker of orthopaedic shoes as the shoe studios', () => {
    expect(ids({ company: 'Kolbeck Orthopedische Schoentechniek' }, splintgrove)).toEqual(['shoe-studios']);
  });
  it('reads a Belgian shop of bandages as the shops', () => {
    expect(ids({ company: 'Bandagisterie Vormans' }, splintgrove)).toEqual(['aid-shops']);
  });
  it('reads an Italian provider of aids for the disabled as the home care equipment providers', () => {
    expect(ids({ company: 'Varlin Ausili per Disabili' }, splintgrove)).toEqual(['home-equipment']);
  });
});

describe('wheelchairs in the notes under a hospital value read only by its qualifier', () => {
  it('reads a provider whose notes say its Italian wheelchairs as the equipment providers, not the hospital rooms', () => {
    expect(ids({ company: 'Servolani', industry: 'Hospital & Healthcare', notes: 'Le sedie a rotelle tornano sporche e nessuno le controlla.' }, splintgrove)).toEqual(['home-equipment']);
  });
  it('reads German wheelchairs as the equipment providers too', () => {
    expect(ids({ company: 'Veldmoer', industry: 'Hospital & Healthcare', notes: 'Jeder Rollstuhl muss vor der nächsten Ausgabe geprüft werden.' }, splintgrove)).toEqual(['home-equipment']);
  });
  it('keeps the hospital rooms where the notes say no kind of business', () => {
    expect(ids({ company: 'Tarnwick', industry: 'Hospital & Healthcare', notes: 'Runs the splint queue for the wards.' }, splintgrove)).toEqual(['brace-rooms']);
  });
});

describe('a name said as "X for Y"', () => {
  it('reads a laboratory for a science as a research laboratory', () => {
    expect(ids({ company: 'Pellmoor Laboratory for Marine Research' }, murivane)).toEqual(['public-bodies']);
  });
});

describe('a second line of business said after English "plus" and an article', () => {
  it('reads the contract labs beside the value\'s developers', () => {
    expect(ids({ company: 'Corventa', industry: 'Drug and biotech developers', notes: 'Antibody discovery plus a contract laboratory.' }, murivane)).toEqual(['contract-firms', 'drug-developers']);
  });
});

describe('a language said for firms', () => {
  it('reads a Dutch "language for companies" name as the courses at employers', () => {
    expect(ids({ company: 'Spaans voor Bedrijven Orvelt' }, talvio)).toEqual(['employer-courses']);
  });
  it('reads a Spanish one too', () => {
    expect(ids({ company: 'Francés para Empresas Luzmar' }, talvio)).toEqual(['employer-courses']);
  });
});
