// A second line of business said with "also" or "plus" beside the segment already read (fifty-first round,
// "A second segment beside the first").
import { describe, expect, it } from 'vitest';
import type { PackAsset, Taxonomy } from '../model';
import { compileTaxonomy, rankAssets, resolveProspect } from '.';

const taxonomy: Taxonomy = {
  personas: [{ id: 'owner', label: 'Owner', aliases: [] }],
  industries: [
    { id: 'bakeries', label: 'Retail bakeries', aliases: ['bakery', 'bake shop'] },
    { id: 'catering', label: 'Corporate catering', aliases: ['catering company', 'office lunches'] },
    { id: 'mills', label: 'Flour mills', aliases: ['flour mill'] },
  ],
  painPoints: [],
};
const asset = (id: string, industries: string[], title: string): PackAsset => ({
  id, title, url: `https://x.example/${id}`, type: 'blog-post', description: title,
  personas: [], industries, painPoints: [], stage: 'awareness', publishedAt: '2024-01-10', tags: [],
});
const assets = [asset('counter', ['bakeries'], 'Running the counter'), asset('trays', ['catering'], 'Catering trays that travel')];
const compiled = compileTaxonomy(taxonomy, assets);
const read = (notes: string) => resolveProspect({ company: 'Harlow Street Bakery', title: 'Owner', notes }, compiled);
const ids = (notes: string) => read(notes).industries.map((r) => r.id).sort();
const shown = (notes: string) => rankAssets(assets, read(notes), { today: '2026-11-22' }).suggestions.map((s) => s.asset.id);

describe('a second segment beside the first', () => {
  it('reads the line of business the notes say the bakery also runs, by two words of its label', () => {
    const notes = 'Neighbourhood bakery with two ovens. The owner also runs a small corporate catering side on weekdays.';
    expect(ids(notes)).toEqual(['bakeries', 'catering']);
    expect(shown(notes)).toContain('trays');
  });

  it('reads it in German too', () => {
    expect(ids('Zwei Filialen; seit letztem Jahr auch eine catering company für Büros.')).toEqual(['bakeries', 'catering']);
  });

  it('reads it after a word for "also" that begins with an accent (French "également")', () => {
    expect(ids('Deux boutiques, et également une activité de corporate catering pour les bureaux.')).toEqual(['bakeries', 'catering']);
  });

  it('does not read French "plus" for "more" or "most" as "also"', () => {
    expect(ids('Boulangerie de quartier ; la plus proche catering company est à deux rues.')).toEqual(['bakeries']);
    expect(ids('Boulangerie de quartier qui vend plus de pain que la catering company voisine.')).toEqual(['bakeries']);
    // English "plus" still says a second line of business.
    expect(ids('Neighbourhood bakery plus a small corporate catering side.')).toEqual(['bakeries', 'catering']);
  });

  it('still reads a real "also" later in a clause whose "plus" is French for "more" or "most"', () => {
    expect(ids('Maison Vasquelin emploie plus de 30 personnes et fait aussi du corporate catering.')).toEqual(['bakeries', 'catering']);
    expect(ids('Ouverte depuis plus de 15 ans, Maison Vasquelin a aussi une activité de corporate catering.')).toEqual(['bakeries', 'catering']);
    expect(ids('Le plus grand fournil de Maison Vasquelin et également une activité de corporate catering.')).toEqual(['bakeries', 'catering']);
  });

  it('does not read French "plus tard" (later) as "also"', () => {
    expect(ids('Maison Vasquelin, boulangerie de quartier ; plus tard, peut-être une catering company.')).toEqual(['bakeries']);
    expect(ids('Maison Vasquelin, boulangerie ; plus tard une activité de corporate catering.')).toEqual(['bakeries']);
  });

  it('does not read French "de plus en plus" (more and more), "plus ou moins" (more or less) nor a comparing "aussi ... que" as "also"', () => {
    expect(ids('Maison Vasquelin, boulangerie de quartier ; de plus en plus une catering company le midi.')).toEqual(['bakeries']);
    expect(ids('Maison Vasquelin, boulangerie ; elle livre plus ou moins 15 plateaux par jour chez une catering company.')).toEqual(['bakeries']);
    expect(ids('Maison Vasquelin, boulangerie ; des brioches aussi bonnes que celles de la catering company voisine.')).toEqual(['bakeries']);
    // "En plus" (besides) still says a second line of business.
    expect(ids('Maison Vasquelin, boulangerie de quartier ; en plus, une catering company le midi.')).toEqual(['bakeries', 'catering']);
  });

  it('does not read whom the business works for', () => {
    expect(ids('Sells bread over the counter, also to a flour mill canteen nearby.')).toEqual(['bakeries']);
  });
});
