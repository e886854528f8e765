import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';

// An invented vendor of estate software for rural holdings that grow vines, manage woodland, roast coffee for their
// farm shop, run a small bus line and manage their investments: each team named in English only.
const taxonomy: Taxonomy = {
  personas: [
    { id: 'owner', label: 'Owner', aliases: ['Owner', 'Managing Director'] },
    { id: 'vines', label: 'Vineyard manager', aliases: ['Vineyard Manager'] },
    { id: 'woods', label: 'Forest manager', aliases: ['Forest Manager'] },
    { id: 'roaster', label: 'Head roaster', aliases: ['Head Roaster'] },
    { id: 'food-safety', label: 'Food safety', aliases: ['Food Safety Manager'] },
    { id: 'depot', label: 'Depot', aliases: ['Depot Manager'] },
    { id: 'investments', label: 'Investments', aliases: ['Portfolio Manager'] },
  ],
  industries: [{ id: 'estates', label: 'Rural estates', aliases: [] }],
  painPoints: [{ id: 'paperwork', label: 'Paperwork', aliases: [] }],
};
const c = compileTaxonomy(taxonomy);
const personas = (title: string) => resolveProspect({ title, company: 'Tenuta Orvalle' }, c).personas.map((p) => p.id).sort();

describe('a team\'s trade word in the prospect\'s language (fifty-sixth round)', () => {
  it('reads the vineyard, the forest and the portfolio in the six languages', () => {
    expect(personas('Responsável das vinhas')).toEqual(['vines']);
    expect(personas('Jefe de viñedos')).toEqual(['vines']);
    expect(personas('Responsabile vigneti')).toEqual(['vines']);
    expect(personas('Gestor forestal')).toEqual(['woods']);
    expect(personas('Tecnica forestale e responsabile')).toEqual(['woods']);
    expect(personas('Gérante de portefeuille')).toEqual(['investments']);
  });

  it('reads the master roaster, the depot and food safety', () => {
    expect(personas('Röstmeister')).toEqual(['roaster']);
    expect(personas('Inhaberin / Röstmeisterin')).toEqual(['owner', 'roaster']);
    expect(personas('Maestra tostadora')).toEqual(['roaster']);
    expect(personas('Jefa de Cocheras Norte')).toEqual(['depot']);
    expect(personas('Responsabile sicurezza alimentare')).toEqual(['food-safety']);
    expect(personas('Teamleider voedselveiligheid')).toEqual(['food-safety']);
  });
});
