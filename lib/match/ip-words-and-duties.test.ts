// Sixty-ninth round: patents, brands, a patent's yearly fees, inventors and the portfolio said in the six languages and
// read as English says them; money spent and "without knowing" in the Romance languages; an Access database in German;
// "and it works" closing a clause as a settled topic; a person's duties in the six languages ("gestisce", "verwaltet")
// as no pain; a retailer's own brand as a private label; a maker of parts for a segment whose own names are its suppliers
// read as one of that segment, its pains read. Invented vendor (Brevora, patent and brand records for toy makers and
// vehicle part makers) and invented records.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const brevora: Taxonomy = {
  personas: [],
  industries: [
    { id: 'vehicle-parts', label: 'Automotive', aliases: ['carmakers', 'Teilezulieferer'] },
    { id: 'toys', label: 'Toy shops', aliases: ['toy retailers', 'jugueterías'] },
  ],
  painPoints: [
    { id: 'fee-burden', label: 'Patent annuity costs', aliases: ['yearly fee load'] },
    { id: 'lookalike-brands', label: 'Lookalike brand filings', aliases: ['imitation marks', 'rival brands'] },
    { id: 'old-docket', label: 'Outdated docket tools', aliases: ['ageing docket software'] },
    { id: 'counsel-bills', label: 'External counsel costs', aliases: ['counsel invoices'] },
    { id: 'portfolio-worth', label: 'Portfolio worth to the business', aliases: ['patent value'] },
  ],
};
const compiled = compileTaxonomy(brevora);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, compiled)).painPoints;

describe('patents, brands, yearly fees and the portfolio in six languages', () => {
  it('brands and yearly fees as English says them', () => {
    expect(pains('Um rival registou marcas quase idênticas em Angola.')).toContain('lookalike-brands');
    expect(pains('Os custos das anuidades sobem cada ano.')).toContain('fee-burden');
  });
  it('the worth of the portfolio in Italian', () => {
    expect(pains('Non sappiamo il valore dei brevetti in portafoglio della linea giocattoli.')).toContain('portfolio-worth');
  });
  it('money spent without knowing what for, in Spanish', () => {
    expect(pains('Gastamos en anualidades sin saber cuáles patentes sirven.')).toContain('fee-burden');
  });
  it('an Access database in German', () => {
    expect(pains('Die Markenakte liegt noch in der alten Access-Datenbank von 2003.')).toContain('old-docket');
  });
  it('costs said "external" in Dutch and Italian are the outside firms\' spend', () => {
    expect(pains('De externe kosten stijgen elk jaar.')).toEqual(['counsel-bills']);
    expect(pains('I costi esterni crescono ogni anno.')).toEqual(['counsel-bills']);
  });
  it('a retailer\'s own brand is no brand conflict', () => {
    expect(pains('Vendemos juguetes de madera bajo marca propia.')).not.toContain('lookalike-brands');
  });
});

describe('what is not a pain', () => {
  it('"and it works" closing a clause', () => {
    expect(pains('Il controllo dei marchi è delegato al consulente e funziona.')).toEqual([]);
    expect(pains('Die Markenüberwachung liegt bei der Kanzlei und funktioniert.')).toEqual([]);
  });
  it('a person\'s duties in Italian and Spanish', () => {
    expect(pains('Studio piccolo, gestisce i rinnovi dei brevetti per 40 clienti.')).toEqual([]);
    expect(pains('Despacho pequeño, gestiona los plazos de 60 marcas.')).toEqual([]);
  });
});

describe('a maker of parts for a segment whose names are its suppliers', () => {
  it('is of that segment, and its pains are read', () => {
    expect(pains('Fabricante de juntas para automoción; los costes de las anualidades suben cada año.')).toContain('fee-burden');
  });
  it('a maker for a segment of no suppliers is still another party', () => {
    expect(pains('Fabricante de cajas para jugueterías; los costes de las anualidades suben cada año.')).toEqual([]);
  });
});
