import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';

// An invented vendor of job-tracking tablets for fabrication shops: the shop's owner, its floor supervisors (named only
// as supervisors) and its programmers.
const shops: Taxonomy = {
  personas: [
    { id: 'owner', label: 'Owner', aliases: ['President', 'General Manager'] },
    { id: 'floor', label: 'Floor supervisor', aliases: ['Shift Supervisor', 'Production Supervisor'] },
    { id: 'programmer', label: 'CNC programmer', aliases: ['CAM Programmer'] },
  ],
  industries: [{ id: 'fab', label: 'Metal fabrication', aliases: [] }],
  painPoints: [{ id: 'lost-jobs', label: 'Jobs lost on the floor', aliases: [] }],
};
// An invented vendor for quarries, which names its yard foremen apart from its dispatch supervisors.
const quarries: Taxonomy = {
  personas: [
    { id: 'yard', label: 'Yard lead', aliases: ['Stockpile Foreman', 'Pit Foreman'] },
    { id: 'dispatch', label: 'Dispatch supervisor', aliases: ['Weighbridge Supervisor', 'Supervisor'] },
  ],
  industries: [{ id: 'quarry', label: 'Quarries', aliases: [] }],
  painPoints: [{ id: 'tickets', label: 'Paper weigh tickets', aliases: [] }],
};
const read = (t: Taxonomy) => {
  const c = compileTaxonomy(t);
  return (title: string) => resolveProspect({ title, company: 'Fenwold Steelworks' }, c).personas.map((p) => p.id);
};

describe("the shop floor's foreman, chargehand and leadhand as its supervisor (fifty-seventh round)", () => {
  it('reads them as the supervisors where the taxonomy names its front line only as supervisors', () => {
    const personas = read(shops);
    expect(personas('Foreman')).toEqual(['floor']);
    expect(personas('Paint Shop Forewoman')).toEqual(['floor']);
    expect(personas('Chargehand, Assembly')).toEqual(['floor']);
    expect(personas('Lead Hand – Plasma Table')).toEqual(['floor']);
    expect(personas('Leadman, Paint Line')).toEqual(['floor']);
    expect(personas('Chargehand, Fitting Bay')).toEqual(['floor']);
  });

  it('keeps a foreman apart from the supervisors where the taxonomy names its foremen, or where the title names a persona', () => {
    const personas = read(quarries);
    expect(personas('Pit Foreman')).toEqual(['yard']);
    expect(personas('Weighbridge Supervisor')).toEqual(['dispatch']);
    // A foreman whose title as written names a persona keeps it, not the supervisors' beside it.
    expect(read(shops)('Foreman / CNC Programmer')).toEqual(['programmer']);
  });

  it("does not read a foreman word as the supervisors' where the taxonomy names its foremen apart (review mend)", () => {
    // An invented vendor for brickworks that names its kiln foremen apart from its production supervisors.
    const personas = read({
      personas: [
        { id: 'kiln', label: 'Kiln crew lead', aliases: ['Kiln Foreman'] },
        { id: 'production', label: 'Production supervisor', aliases: ['Plant Supervisor'] },
      ],
      industries: [{ id: 'bricks', label: 'Brickworks', aliases: [] }],
      painPoints: [{ id: 'cracks', label: 'Cracked firings', aliases: [] }],
    });
    expect(personas('Plant Supervisor')).toEqual(['production']);
    expect(personas('Chargehand')).not.toContain('production');
    expect(personas('Leadhand, Clay Preparation')).not.toContain('production');
  });
});
