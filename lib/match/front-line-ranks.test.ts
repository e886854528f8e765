import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';

// An invented vendor of shift handover notes for hotels: one persona leads the housekeeping department (its label
// says the department and a leader's rank), one the guest service desk, one is the front line's team leaders and
// supervisors (an ordinary list of their ranks, nothing that names a department), one is the people function.
const taxonomy: Taxonomy = {
  personas: [
    { id: 'housekeeping-head', label: 'Housekeeping leader', aliases: ['Executive Housekeeper', 'Director of Housekeeping'] },
    { id: 'floor-lead', label: 'Team leader and supervisor', aliases: ['Team Leader', 'Supervisor', 'Teamleiter', "Chef d'équipe"] },
    { id: 'service-head', label: 'Customer service leadership', aliases: ['Customer Service', 'Head of Customer Service'] },
    { id: 'people', label: 'HR and people', aliases: ['HR Manager', 'Head of People'] },
  ],
  industries: [{ id: 'hotels', label: 'Hotels', aliases: [] }],
  painPoints: [{ id: 'missed-rooms', label: 'Rooms missed at handover', aliases: [] }],
};
const c = compileTaxonomy(taxonomy);
const personas = (title: string) => resolveProspect({ title, company: 'Hotel Miravalle' }, c).personas.map((p) => p.id);

describe("a front-line rank said beside the department a leader's persona is named for (forty-ninth round)", () => {
  it("reads a team leader or a supervisor of the department as the front line's persona, not the department's leader", () => {
    expect(personas('Housekeeping Team Leader')).toEqual(['floor-lead']);
    expect(personas('Team Leader Housekeeping')).toEqual(['floor-lead']);
    expect(personas('Housekeeping Supervisor')).toEqual(['floor-lead']);
    expect(personas('Teamlead Housekeeping')).toEqual(['floor-lead']);
  });

  it("still reads the department's head as its leader, and a team leader alone as the front line's", () => {
    expect(personas('Head of Housekeeping')).toEqual(['housekeeping-head']);
    expect(personas('Director of Housekeeping')).toEqual(['housekeeping-head']);
    expect(personas('Team Leader')).toEqual(['floor-lead']);
  });

  it("reads a team leader of a department the team leaders' persona does not name as that persona (review mend)", () => {
    expect(personas('Customer Service Team Leader')).toEqual(['floor-lead']);
    expect(personas('Sales Team Leader')).toEqual(['floor-lead']);
    expect(personas('Warehouse Team Leader')).toEqual(['floor-lead']);
  });

  it('reads the head of the team leaders or supervisors as the head, a rank said outside the persona names (review mend)', () => {
    expect(personas('Head of Customer Service Supervisors')).toEqual(['service-head']);
    expect(personas('Manager, Customer Service Supervisors')).toEqual(['service-head']);
    expect(personas('Head of Housekeeping Team Leaders')).toEqual(['housekeeping-head']);
    expect(personas('Customer Service Supervisor')).toEqual(['floor-lead']);
  });

  it("reads a grade said before the front-line rank as that rank's, not the head's (review mend)", () => {
    expect(personas('Lead Supervisor, Customer Service')).toEqual(['floor-lead']);
    expect(personas('Chief Supervisor, Customer Service')).toEqual(['floor-lead']);
    expect(personas('Senior Team Leader, Customer Service')).toEqual(['floor-lead']);
    // A manager's rank before it is still the head's.
    expect(personas('Customer Service Manager, Supervisors')).toEqual(['service-head']);
  });

  it('reads the Spanish "RR. HH." spelt with a space as human resources', () => {
    expect(personas('Directora de RR. HH.')).toEqual(['people']);
    expect(personas('Jefe de RR.HH.')).toEqual(['people']);
  });
});
