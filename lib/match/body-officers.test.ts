import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';

// An invented vendor of fixture and rota software for amateur rowing (Quillwater): the coaches (a worker's noun of no
// rank, said after the sport), the regatta and circuit administrators, the circuit's officers, the clubhouse
// committee's boards, finance.
const rowing: Taxonomy = {
  personas: [
    { id: 'coach', label: 'Sculling coach', aliases: ['Rowing coach', 'Boatman'] },
    { id: 'admin', label: 'Regatta administrator', aliases: ['Circuit Secretary', 'Regatta Clerk'] },
    { id: 'circuit', label: 'Circuit officer', aliases: ['Rowing Circuit President', 'Guild Registrar'] },
    { id: 'exec', label: 'Clubhouse executive', aliases: ['CEO', 'Managing Director', 'Registrar'] },
    { id: 'board', label: 'Board seat', aliases: ['Board Purser', 'Clubhouse committee member'] },
    { id: 'finance', label: 'Finance', aliases: ['Purser', 'CFO'] },
    { id: 'boats', label: 'Boathouse keeper', aliases: ['Boathouse Master'] },
    { id: 'house', label: 'Boatshed manager', aliases: [] },
    { id: 'liaison', label: 'Oarsmen relations', aliases: [] },
  ],
  industries: [{ id: 'rowing', label: 'Rowing clubs', aliases: [] }],
  painPoints: [{ id: 'crews', label: 'Crews short on race day', aliases: [] }],
};
const compiled = compileTaxonomy(rowing);
const personas = (title: string, company = 'Quillwater Fixtures Ltd') => resolveProspect({ title, company, industry: '' }, compiled).personas.map((p) => p.id).sort();

describe("a word said only before a worker's noun (sixty-fifth round)", () => {
  it('does not read the worker from a title ending in a rank that runs the field', () => {
    // "sculling" is said only in the coaches' name, before "coach".
    expect(personas('Junior Sculling Programme Coordinator')).toEqual([]);
    expect(personas('Sculling Supervisor')).toEqual([]);
  });
  it('does not read the worker from a qualifier after a dash or a bracket that ends on the word', () => {
    expect(personas('Boathouse Supervisor - Adult Sculling')).not.toContain('coach');
    expect(personas('Recruiter (Sculling)')).toEqual([]);
  });
  it("still reads the worker from a lead's title, from the worker's own noun and from a trade's master", () => {
    expect(personas('Sculling Lead')).toEqual(['coach']);
    expect(personas('Sculling Coach')).toEqual(['coach']);
    expect(personas('Boathouse Supervisor')).toEqual(['boats']);
  });
});

describe("a bare title completed by the body the company's name ends with (sixty-fifth round)", () => {
  it("reads the office named after the company's kind of body", () => {
    expect(personas('President', 'Lower Fenwater Rowing Circuit')).toEqual(['circuit']);
    expect(personas('Registrar', 'Tollow Vale Oarsmen Guild')).toEqual(['circuit']);
  });
  it("reads a members' body's bare officer as its board's", () => {
    expect(personas('Purser', 'Fenwater Rowing Club')).toEqual(['board']);
    expect(personas('Purser', 'Kestle Quay Condominium Association (Owners Board)')).toEqual(['board']);
  });
  it('leaves the title as it reads at a business, whose name ends with no such body', () => {
    expect(personas('Purser', 'Fenwater Boat Services, LLC')).toEqual(['finance']);
    expect(personas('Purser', 'Rowing Club Outfitters')).toEqual(['finance']);
  });
});

describe("an assistant's role joined after another (sixty-fifth round)", () => {
  it("reads the role at a manager's rank said before the assistant's", () => {
    expect(personas('Boatshed Manager & Ledger Assistant')).toEqual(['house']);
    expect(personas('Boatshed Manager / Ledger Assistant')).toEqual(['house']);
  });
  it("still reads nothing from one function's assistant, nor from an assistant alone", () => {
    expect(personas('Regatta & Fixtures Assistant')).toEqual([]);
    expect(personas('Ledger Assistant')).toEqual([]);
  });
});

describe("a team's representative (sixty-fifth round)", () => {
  it('reads a rep of a team one persona names whole as that persona', () => {
    expect(personas('Oarsmen Relations Rep')).toEqual(['liaison']);
  });
  it("still reads a seller's rep as no buyer", () => {
    expect(personas('Fixture Sales Rep')).toEqual([]);
  });
});
