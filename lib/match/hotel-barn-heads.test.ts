import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';

// An invented vendor of shift rosters for guesthouses and animal sanctuaries (Tollbury Rota): the operations head, the
// floor's own persona (named by a rank and where it works), the animals' carers' manager.
const rota: Taxonomy = {
  personas: [
    { id: 'ops', label: 'Operations chief', aliases: ['Vice President of Operations', 'Chief of Guest Operations'] },
    { id: 'floor', label: 'Floor lead', aliases: ['Rota Supervisor', 'Floor Team Leader'] },
    { id: 'carers', label: 'Animal carers lead', aliases: ['Animal Care Manager'] },
  ],
  industries: [{ id: 'guesthouses', label: 'Guesthouses', aliases: [] }],
  painPoints: [{ id: 'gaps', label: 'Gaps in the rota', aliases: [] }],
};

// An invented vendor of feed schedules for horse liveries (Tollbury Feeds), whose taxonomy names the barn's manager itself.
const livery: Taxonomy = {
  personas: [
    { id: 'barn', label: 'Barn manager', aliases: ['Stable Manager'] },
    { id: 'owner', label: 'Livery proprietor', aliases: [] },
  ],
  industries: [{ id: 'livery', label: 'Horse livery', aliases: [] }],
  painPoints: [{ id: 'feed', label: 'Missed feeds', aliases: [] }],
};

const compiled = { rota: compileTaxonomy(rota), livery: compileTaxonomy(livery) };
const personas = (t: keyof typeof compiled, title: string, company: string, industry?: string) =>
  resolveProspect({ title, company, industry }, compiled[t]).personas.map((p) => p.id);

describe("a trade's head worker and a barn's manager (sixty-fourth round)", () => {
  it("reads a hotel's head housekeeper and a German Hausdame as the floor's front line", () => {
    expect(personas('rota', 'Head Housekeeper', 'Tollbury Inns', 'Hospitality')).toEqual(['floor']);
    expect(personas('rota', 'Hausdame', 'Tollbury Landhotel GmbH', 'Hotellerie')).toEqual(['floor']);
  });

  it("keeps the housekeeping's executive the operations chief's", () => {
    expect(personas('rota', 'Executive Housekeeper', 'Tollbury Inns', 'Hospitality')).toEqual(['ops']);
  });

  it("reads a barn's or a stable's manager as the animals' care manager", () => {
    expect(personas('rota', 'Barn Manager', 'Tollbury Donkey Sanctuary', 'Farming')).toEqual(['carers']);
    expect(personas('rota', 'Stable Mgr', 'Tollbury Donkey Sanctuary')).toEqual(['carers']);
  });

  it("keeps a taxonomy's own barn manager, however the title spells it", () => {
    expect(personas('livery', 'Barn Manager', 'Tollbury Livery')).toEqual(['barn']);
    expect(personas('livery', 'Barn Mngr', 'Tollbury Livery')).toEqual(['barn']);
  });
});
