import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';

// An invented vendor of commission software for boat dealers: the dealership's owner, its sales managers and team
// leads, and the service office.
const taxonomy: Taxonomy = {
  personas: [
    { id: 'owner', label: 'Dealer-owner', aliases: ['dealer-owner', 'owner of the business'] },
    { id: 'sales', label: 'Sales manager', aliases: ['supervising dealer', 'head dealer', 'sales manager'] },
    { id: 'team', label: 'Team lead', aliases: ['team lead', 'team owner'] },
    { id: 'service', label: 'Service manager', aliases: ['Service Manager'] },
  ],
  industries: [{ id: 'boats', label: 'Marine retail', aliases: [] }],
  painPoints: [{ id: 'splits', label: 'Commission splits by hand', aliases: [] }],
};
const c = compileTaxonomy(taxonomy);
const personas = (title: string) => resolveProspect({ title, company: 'Tarrowby Marine Sales' }, c).personas.map((p) => p.id);

describe("a joined title that is one persona's name whole (fifty-ninth round)", () => {
  it('reads "Dealer/Owner" and "Owner/Dealer" as the persona named "dealer-owner" alone', () => {
    expect(personas('Dealer/Owner')).toEqual(['owner']);
    expect(personas('Owner / Dealer')).toEqual(['owner']);
  });

  it("still reads a part that is another persona's own name", () => {
    const both = compileTaxonomy({
      ...taxonomy,
      personas: [
        { id: 'owner', label: 'Owner', aliases: ['Owner/Service Manager', 'Proprietor'] },
        { id: 'service', label: 'Service manager', aliases: ['Service Manager'] },
      ],
    });
    expect(resolveProspect({ title: 'Owner/Service Manager', company: 'Tarrowby Marine Sales' }, both).personas.map((p) => p.id).sort()).toEqual(['owner', 'service']);
  });
});
