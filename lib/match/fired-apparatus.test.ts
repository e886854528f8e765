// The languages' one word for a kiln, a furnace or an oven (French "four", Italian "forno", Spanish "horno"; German
// "Brennofen", "Brennmeister"): read as all three English words, the taxonomy's own naming the sense. The taxonomies
// and records here are made up for the tests.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const reader = (taxonomy: Taxonomy) => {
  const compiled = compileTaxonomy(taxonomy, []);
  return (title: string, company: string) =>
    contextOf(resolveProspect({ name: 'Ana Ferreira', title, company, source: { crm: 'hubspot', recordType: 'contact', recordId: '1' } } as Prospect, compiled)).personas;
};

describe('the fired apparatus in six languages', () => {
  it("reads a kiln's foreman at a vendor of glaze recipe software for potteries", () => {
    const read = reader({
      personas: [
        { id: 'kiln', label: 'Kiln and firing', aliases: ['kiln supervisor', 'firing technician'] },
        { id: 'glaze', label: 'Glaze lab', aliases: ['glaze chemist'] },
        { id: 'owner', label: 'Owner', aliases: ['owner', 'managing director'] },
      ],
      industries: [{ id: 'pottery', label: 'Potteries', aliases: ['pottery'] }],
      painPoints: [{ id: 'cracks', label: 'Cracked ware', aliases: ['cracked ware'] }],
    });
    expect(read('Chef de four', 'Poterie du Vallon')).toEqual(['kiln']);
    expect(read('Responsabile forni', 'Terrecotte Umbre S.r.l.')).toEqual(['kiln']);
    expect(read('Jefa de hornos', 'Alfarería del Sur S.L.')).toEqual(['kiln']);
    expect(read('Brennmeister', 'Töpferei Lindner GmbH')).toEqual(['kiln']);
  });
  it('reads "Brennmeister" as the kiln where the taxonomy has another supervisor', () => {
    // "Meister" alone is a supervisor: with two supervisor personas only the firing names the kiln's.
    const read = reader({
      personas: [
        { id: 'kiln', label: 'Kiln and firing', aliases: ['kiln supervisor', 'firing technician'] },
        { id: 'prod', label: 'Production supervisor', aliases: ['shift supervisor'] },
        { id: 'owner', label: 'Owner', aliases: ['owner'] },
      ],
      industries: [{ id: 'bricks', label: 'Brickworks', aliases: ['brick maker'] }],
      painPoints: [{ id: 'cracks', label: 'Cracked ware', aliases: ['cracked ware'] }],
    });
    expect(read('Brennmeister', 'Ziegelei Vornholt GmbH')).toEqual(['kiln']);
  });
  it("reads the oven's head at a vendor of proofing schedules for bakeries", () => {
    const read = reader({
      personas: [
        { id: 'oven', label: 'Oven and bake', aliases: ['oven manager', 'head baker'] },
        { id: 'owner', label: 'Owner', aliases: ['owner', 'managing director'] },
      ],
      industries: [{ id: 'bakery', label: 'Bakeries', aliases: ['bakery'] }],
      painPoints: [{ id: 'waste', label: 'Waste', aliases: ['waste'] }],
    });
    expect(read('Capo forno', 'Panificio Lenti S.r.l.')).toEqual(['oven']);
    expect(read('Four Seasons Manager', 'Four Seasons Bakery')).toEqual([]);
  });
  it('does not read the oven in a name, an address or a pastry ("du Four Seasons", "rue du Four", "petits fours")', () => {
    const taxonomy: Taxonomy = {
      personas: [
        { id: 'oven', label: 'Oven and bake', aliases: ['oven manager', 'head baker'] },
        { id: 'kiln', label: 'Kiln and firing', aliases: ['kiln supervisor'] },
        { id: 'owner', label: 'Owner', aliases: ['owner', 'managing director'] },
      ],
      industries: [
        { id: 'bakery', label: 'Oven bakeries', aliases: ['bakery'] },
        { id: 'kilns', label: 'Kiln operators', aliases: [] },
        { id: 'hotels', label: 'Hotels', aliases: ['hotel'] },
      ],
      painPoints: [{ id: 'waste', label: 'Waste', aliases: ['waste'] }],
    };
    const read = reader(taxonomy);
    const titles = ['Chef de cuisine du Four Seasons', 'Directeur du Four Seasons', 'Chef de Four Seasons', 'Responsable petits fours', 'Chef pâtissier, petits fours'];
    expect(Object.fromEntries(titles.map((t) => [t, read(t, 'Hôtel Belcastel SA')]))).toEqual(Object.fromEntries(titles.map((t) => [t, []])));
    expect(read('Chef de four', 'Boulangerie Marnet')).toEqual(['oven']);
    const compiled = compileTaxonomy(taxonomy, []);
    const industries = (company: string, notes?: string) =>
      contextOf(resolveProspect({ name: 'Ana Ferreira', title: 'Directrice', company, notes, source: { crm: 'hubspot', recordType: 'contact', recordId: '1' } } as Prospect, compiled)).industries;
    expect(industries('Groupe du Four Seasons')).toEqual([]);
    expect(industries('Maison Peyrelade', 'Boutique au 12 rue du Four, Paris 6e.')).toEqual([]);
    expect(industries('Maison Peyrelade', 'Siège : 3 chemin du Four, Lyon.')).toEqual([]);
  });
});
