// Goods of two common manufacturing trades said in German, French, Spanish, Italian, Dutch and Portuguese (fifty-first
// round): dairy products (milk, butter, cheese, yoghurt, ice cream, milk powder) and the chemical makers' paints,
// detergents, adhesives, sealants and lubricants, read through each language's ordinary word (GOODS_WORDS) as the
// English alias of the segment that makes them. Not a word whose commoner sense is not the goods (colours, stickers,
// inks, paintings, loads of washing, "to patch up"), and not a goods word in a company's name that the notes or the
// name's other words say is another business (review mend). Invented vendor: batch-traceability software for process
// plants, which also sells to studios, copy shops and boarding houses.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [
    { id: 'coating', label: 'Coating producers', aliases: ['paints', 'varnish'] },
    { id: 'grease', label: 'Lubricant refiners', aliases: ['lubricants', 'greases'] },
    { id: 'glue', label: 'Glue producers', aliases: ['adhesives', 'sealants'] },
    { id: 'soap', label: 'Detergent producers', aliases: ['detergents', 'cleaning products'] },
    { id: 'milk', label: 'Milk processors', aliases: ['milk', 'cheese', 'butter'] },
    { id: 'gelato', label: 'Gelato producers', aliases: ['ice cream', 'frozen desserts'] },
    { id: 'studio', label: 'Brand studios', aliases: ['branding agencies', 'design agencies'] },
    { id: 'copy', label: 'Copy shops', aliases: ['printers', 'print shops'] },
    { id: 'rooms', label: 'Boarding houses', aliases: ['hotels'] },
  ],
  painPoints: [],
} satisfies Taxonomy);
const segments = (company: string, notes?: string) => contextOf(resolveProspect({ company, notes }, vendor)).industries;

describe('goods said in another language name the segment that makes them', () => {
  it('reads a maker of paints, lubricants, adhesives or detergents by its name', () => {
    expect(segments('Vernici Ghiandaia S.r.l.')).toEqual(['coating']);
    expect(segments('Schmierstoffe Brakelmann GmbH')).toEqual(['grease']);
    expect(segments('Lubrifiants des Vosgelles SAS')).toEqual(['grease']);
    expect(segments('Klebstoffe Tannrieder GmbH')).toEqual(['glue']);
    expect(segments('Detergenti Pievalta S.p.A.')).toEqual(['soap']);
    // Words read only as a name's trade word, not in the notes: "Farben", "tintas".
    expect(segments('Rheinmark Farben AG')).toEqual(['coating']);
    expect(segments('Tintas Serrano, Lda.')).toEqual(['coating']);
  });
  it('reads dairy goods said in the notes', () => {
    expect(segments('Hof Lindquell GmbH', 'Aus der Milch unserer Herde machen wir Käse, vier Sorten.')).toEqual(['milk']);
    expect(segments('Casa Orsolina', 'Produciamo gelato artigianale per pasticcerie.')).toEqual(['gelato']);
  });
});

describe('goods words in their other senses (review mend)', () => {
  it('reads no paints in German colours, nor glue in stickers, nor paint in inks or paintings', () => {
    expect(segments('Atelier Nordkamm', 'Das neue Logo kommt in zwei Farben, die Schriften bleiben.')).toEqual([]);
    expect(segments('Tessitura Brambilla', 'Wir färben Garne in 120 Farben.')).toEqual([]);
    expect(segments('Tipografia Lampo', 'Stampiamo adesivi, volantini e biglietti da visita.')).toEqual(['copy']);
    expect(segments('Gráfica Sardão', 'Fazemos adesivos personalizados para montras.')).toEqual(['copy']);
    expect(segments('Tipografía Albura', 'Compramos tintas y papel a dos proveedores.')).toEqual(['copy']);
    expect(segments('Sala Candil', 'Vendemos pinturas y grabados de artistas de la comarca.')).toEqual([]);
  });
  it('reads no detergents in loads of washing, nor glue in patching up', () => {
    expect(segments('Hôtel des Tilleuls', 'Hôtel de 40 chambres, les lessives sont faites sur place.')).toEqual(['rooms']);
    expect(segments('Kwekerij Dolfijn', 'We proberen de relatie met de inkoper te lijmen.')).toEqual([]);
  });
});

describe('a goods word in a company name beside the business the name or notes say (review mend)', () => {
  it('keeps the segment the name or the notes read', () => {
    expect(segments('Farben Design Kontor GmbH', 'Agentur für Corporate Design.')).toEqual(['studio']);
    expect(segments('Lait Pixel', 'Agence de branding à Rennes.')).toEqual(['studio']);
    expect(segments('Beurre Atelier', 'Agence de branding à Nantes.')).toEqual(['studio']);
  });
  it('still reads a name whose only trade word is the goods', () => {
    expect(segments('Formaggi Ravizza S.r.l.')).toEqual(['milk']);
    expect(segments('Formaggi Ravizza S.r.l.', 'Stagionatura in grotta, 12 dipendenti.')).toEqual(['milk']);
  });
});
