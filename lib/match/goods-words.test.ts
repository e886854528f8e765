// Goods of two common manufacturing trades said in German, French, Spanish, Italian, Dutch and Portuguese (fifty-first
// round): dairy products (milk, butter, cheese, yoghurt, ice cream, milk powder) and the chemical makers' paints,
// detergents, adhesives, sealants and lubricants, read through each language's ordinary word (INDUSTRY_WORDS) as the
// English alias of the segment that makes them. Invented vendor: label-printing software for food and chemical plants.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [
    { id: 'coatings', label: 'Paint and coatings makers', aliases: ['paints', 'varnish'] },
    { id: 'oils', label: 'Lubricant blenders', aliases: ['lubricants', 'greases'] },
    { id: 'glues', label: 'Adhesive makers', aliases: ['adhesives', 'sealants'] },
    { id: 'soaps', label: 'Household chemicals', aliases: ['detergents', 'cleaning products'] },
    { id: 'cheese', label: 'Cheese makers', aliases: ['cheese'] },
    { id: 'frozen', label: 'Ice cream makers', aliases: ['ice cream', 'frozen desserts'] },
  ],
  painPoints: [],
} satisfies Taxonomy);
const segments = (company: string, notes?: string) => contextOf(resolveProspect({ company, notes }, vendor)).industries;

describe('goods said in another language name the segment that makes them', () => {
  it('reads a maker of paints, lubricants, adhesives or detergents by its name', () => {
    expect(segments('Vernici Talamone S.r.l.')).toEqual(['coatings']);
    expect(segments('Pinturas Orballo S.L.')).toEqual(['coatings']);
    expect(segments('Schmierstoffe Quellmann GmbH')).toEqual(['oils']);
    expect(segments('Lubrifiants du Causse SAS')).toEqual(['oils']);
    expect(segments('Klebstoffe Harzwald GmbH')).toEqual(['glues']);
    expect(segments('Detergenti Valsorda S.p.A.')).toEqual(['soaps']);
  });
  it('reads dairy goods said in the notes', () => {
    expect(segments('Hof Elmtal GmbH', 'Wir machen Käse aus Rohmilch, drei Sorten.')).toEqual(['cheese']);
    expect(segments('Casa Dorlindo', 'Produciamo gelato artigianale per bar e ristoranti.')).toEqual(['frozen']);
  });
});
