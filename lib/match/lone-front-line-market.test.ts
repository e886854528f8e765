import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';

// An invented vendor of glaze-batch tracking for ceramic tile works: the owner, the plant manager, the glazing line's
// lead hand (its only front-line persona, named "Glaze Lead"), the bookkeeper.
const tiles: Taxonomy = {
  personas: [
    { id: 'owner', label: 'Owner', aliases: [] },
    { id: 'plant', label: 'Plant manager', aliases: [] },
    { id: 'line', label: 'Glazing line hand', aliases: ['Glaze Lead'] },
    { id: 'books', label: 'Bookkeeper', aliases: [] },
  ],
  industries: [
    { id: 'floor', label: 'Floor tile manufacturers', aliases: [] },
    { id: 'wall', label: 'Wall tile manufacturers', aliases: [] },
  ],
  painPoints: [{ id: 'batches', label: 'Mixed glaze batches', aliases: [] }],
};
const c = compileTaxonomy(tiles);
const personas = (title: string, industry: string) => resolveProspect({ title, company: 'Quillmoor Ceramics', industry }, c).personas.map((p) => p.id);

describe('a lone front-line rank at a company of the vendor\'s market (sixty-third round)', () => {
  it("reads a bare foreman or a process step's supervisor as the one front-line persona", () => {
    expect(personas('Foreman', 'Manufacturing')).toEqual(['line']);
    expect(personas('Kiln Supervisor', 'Manufacturing')).toEqual(['line']);
  });
  it('leaves the front line of another kind of company unread', () => {
    expect(personas('Foreman', 'Hospitality')).toEqual([]);
    expect(personas('Superintendent', 'Construction')).toEqual([]);
  });
});
