// Whose a cost is: a label naming cost allocation hears the prospect ask which team, department or project a shared bill
// is, or want it per or by a team, department or division (not "each team", nor work billed project by project) (the allocation topic, sixty-fourth round). Invented vendor (managed office
// printer fleets).
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const printers: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'split', label: 'Cost allocation', aliases: ['departmental billing'] },
    { id: 'toner', label: 'High toner costs', aliases: ['toner spend'] },
  ],
};
const compiled = compileTaxonomy(printers);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, compiled)).painPoints;

describe('a shared cost split among the units of the organisation', () => {
  it('is read where the notes ask which unit a cost is, or want it per or by unit', () => {
    expect(pains('The copier lease arrives as one invoice and finance wants it by department.')).toEqual(['split']);
    expect(pains('Nobody can say which division burns through the plotter paper.')).toEqual(['split']);
    expect(pains('Ops would like the print volumes per business unit.')).toEqual(['split']);
  });
  it('is not read where a cost is said of one unit of output, or of no unit', () => {
    expect(pains('Toner costs doubled since the spring.')).toEqual(['toner']);
    expect(pains('The team moved floors in March.')).toEqual([]);
    expect(pains('Each team has its own printer, and the toner spend keeps climbing.')).toEqual(['toner']);
    expect(pains('We bill our clients project by project for the scanning work.')).toEqual([]);
  });
});
