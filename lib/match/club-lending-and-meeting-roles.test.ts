import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { titleWords } from './compile';
import { compileTaxonomy, resolveProspect } from '.';

// An invented vendor (Wrenquay) with three libraries: load and scouting software for rowing and cycling clubs, loan
// origination software for small lenders, and berth booking software for harbours, private and municipal.
const clubs: Taxonomy = {
  personas: [
    { id: 'coach', label: 'Crew head coach', aliases: ['coach'] },
    { id: 'director', label: 'Club sporting director', aliases: ['CEO'] },
    { id: 'academy', label: 'Youth academy head', aliases: ['head of youth academy'] },
    { id: 'science', label: 'Club sport scientist', aliases: ['strength & conditioning coach'] },
    { id: 'analyst', label: 'Club performance analyst', aliases: ['rowing data analyst'] },
    { id: 'scouting', label: 'Head of talent scouting', aliases: [] },
  ],
  industries: [{ id: 'clubs', label: 'Rowing and cycling clubs', aliases: [] }],
  painPoints: [{ id: 'load', label: 'Training load blind spots', aliases: [] }],
};
const lenders: Taxonomy = {
  personas: [
    { id: 'clo', label: 'Chief lending officer', aliases: ['head of lending'] },
    { id: 'exec', label: 'Lender executive', aliases: ['CEO', 'president'] },
    { id: 'finance', label: 'Lender finance lead', aliases: ['CFO', 'controller'] },
    { id: 'ops', label: 'Loan desk manager', aliases: ['operations manager'] },
  ],
  industries: [{ id: 'lenders', label: 'Small lenders', aliases: [] }],
  painPoints: [{ id: 'slow', label: 'Slow decisions', aliases: [] }],
};
const harbours: Taxonomy = {
  personas: [
    { id: 'public', label: 'Public marina harbourmaster', aliases: [] },
    { id: 'seasonal', label: 'Seasonal moorings director', aliases: ['seasonal marina director'] },
    { id: 'finance', label: 'Harbour finance director', aliases: ['CFO'] },
  ],
  industries: [{ id: 'harbours', label: 'Harbour authorities', aliases: [] }],
  painPoints: [{ id: 'berths', label: 'Double-booked berths', aliases: [] }],
};
const compiled = { clubs: compileTaxonomy(clubs), lenders: compileTaxonomy(lenders), harbours: compileTaxonomy(harbours) };
const read = (library: keyof typeof compiled, prospect: Partial<Prospect>) =>
  resolveProspect({ company: 'Wrenquay Test Club', industry: '', ...prospect } as Prospect, compiled[library])
    .personas.map((p) => p.id)
    .sort();

describe("a sports club's staff in six languages (sixty-eighth round)", () => {
  it('reads the coach and the head coach, a German or Dutch compound and the Romance "principal" after the coach', () => {
    expect(read('clubs', { title: 'Cheftrainerin Rudern' })).toEqual(['coach']);
    expect(read('clubs', { title: 'Hoofdcoach wielrennen' })).toEqual(['coach']);
    expect(read('clubs', { title: 'Treinadora principal' })).toEqual(['coach']);
  });
  it("reads a managing director as the persona about the executive, not the head coach through a Romance \"principal\"", () => {
    const withPrincipal = compileTaxonomy({ ...clubs, personas: clubs.personas.map((p) => (p.id === 'coach' ? { ...p, aliases: ['entrenador principal'] } : p)) });
    const ids = resolveProspect({ title: 'Diretora Geral', company: 'Wrenquay Test Club' } as Prospect, withPrincipal).personas.map((p) => p.id);
    expect(ids).not.toContain('coach');
  });
  it("reads the sporting director's adjective, a youth academy and the sports scientist's titles", () => {
    expect(read('clubs', { title: 'Directora Deportiva' })).toEqual(['director']);
    expect(read('clubs', { title: 'Direttore Sportivo' })).toEqual(['director']);
    expect(read('clubs', { title: 'NLZ-Leiter' })).toEqual(['academy']);
    expect(read('clubs', { title: 'Sportwetenschapper' })).toEqual(['science']);
    expect(read('clubs', { title: 'Preparadora física' })).toEqual(['science']);
  });
  it('reads match and video analysts as the performance analyst', () => {
    expect(read('clubs', { title: 'Junior Video Analyst' })).toEqual(['analyst']);
    expect(read('clubs', { title: 'Analista video e match analyst' })).toEqual(['analyst']);
  });
  it('reads Romance "area" before what a head runs as the department, and keeps a territory\'s area', () => {
    expect(titleWords('Responsabile Area Scouting')).toEqual(['head', 'scouting']);
    expect(read('clubs', { title: 'Responsabile Area Scouting' })).toEqual(['scouting']);
    expect(titleWords('Responsabile Area Nord')).toContain('area');
  });
});

describe('lending as a function (sixty-eighth round)', () => {
  it("reads the head of a lender's mortgages as the chief lending officer's persona", () => {
    expect(read('lenders', { title: 'Head of Mortgages', company: 'Wrenquay Savings' })).toEqual(['clo']);
  });
});

describe("a public body's persona beside one named by a word of its own (sixty-eighth round)", () => {
  it("keeps the persona whose own word the title says, not the public persona its topic reaches", () => {
    const prospect = { company: 'City of Wexmoor', industry: 'Government Administration' };
    expect(read('harbours', { ...prospect, title: 'Dir. of Seasonal Marina' })).toEqual(['seasonal']);
    expect(read('harbours', { ...prospect, title: 'Marina Supervisor' })).toEqual(['public']);
  });
});

describe("the buyer's people a meeting had, on a deal (sixty-eighth round)", () => {
  const deal = (notes: string) => ({ company: 'Wrenquay Savings', notes, source: { crm: 'hubspot', recordType: 'deal', recordId: '1' } }) as Partial<Prospect>;
  it('reads every role listed as present or as attendees', () => {
    expect(read('lenders', deal('Kickoff recap.\nCFO + CLO present. They want decisions in a day.'))).toEqual(['clo', 'finance']);
    expect(read('lenders', deal('Demo notes\n- Attendees: President, Ops Mgr, our AE\n- Next: pricing'))).toEqual(['exec', 'ops']);
    expect(read('lenders', deal('Controller and operations manager both on the call. Renewal in May.'))).toEqual(['finance', 'ops']);
  });
  it('reads no list whose items are not roles alone', () => {
    expect(read('lenders', deal('Nobody from finance present. Slow decisions on small loans.'))).toEqual([]);
  });
});
