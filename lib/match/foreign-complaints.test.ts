// A pain said in another language as work done a second time (measured again), which the knowledge had no English
// word for (forty-fourth round). Invented vendor: software for makers of fitted wardrobes.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'quotes', label: 'Quotes to write', aliases: ['quotes pending'] },
    { id: 'drawings', label: 'Plans drawn twice', aliases: ['drawing office'] },
    { id: 'measuring', label: 'Measuring mistakes', aliases: ['remeasuring', 'sizes off'] },
    { id: 'hinges', label: 'Hinge supply', aliases: ['hardware orders'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('pains said in another language', () => {
  it('reads a remeasuring said in another language', () => {
    expect(pains('Os montadores têm de medir de novo cada roupeiro.')).toEqual(['measuring']);
    expect(pains('Die Monteure müssen jeden Schrank neu messen.')).toEqual(['measuring']);
  });
  it('reads nothing where the sentence names none of them', () => {
    expect(pains('Der Werkstattmeister fährt am Sonntag zum Fußball.')).toEqual([]);
  });
});

// Review mends: quote nouns with a second sense (budgets, special offers, offered) and complaint words said of no
// problem (a rival's doings, what customers love, "without trouble") read nothing.
// A vendor of software for joiners, with one asset per pain named by its label and one by its aliases: the complaint
// pass reads through the library's words.
const joinery: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'quotes', label: 'Quotes written slowly', aliases: ['quotes take too long', 'writing quotes by hand'] },
    { id: 'budget', label: 'Budget planning in spreadsheets', aliases: ['budgeting'] },
    { id: 'invoices', label: 'Wrong invoice totals', aliases: ['invoices wrong', 'billing mistakes'] },
    { id: 'measuring', label: 'Measuring mistakes', aliases: ['remeasuring', 'sizes off'] },
  ],
};
const asset = (pain: string, n: number, title: string) => ({
  id: `${pain}${n}`, title, url: `https://joinery.example/${pain}${n}`, type: 'blog' as const, description: title,
  personas: [], industries: [], painPoints: [pain], stage: 'awareness' as const, publishedAt: '2025-01-01',
});
const joiner = compileTaxonomy(joinery, joinery.painPoints.flatMap((p) => [asset(p.id, 1, p.label), asset(p.id, 2, (p.aliases ?? []).join(', '))]));
const read = (notes: string) => resolveProspect({ title: 'Owner', notes }, joiner).painPoints.map((p) => p.id);

describe('complaint words said in another language', () => {
  it('reads no quotes in a word of their other sense', () => {
    expect(read('Los presupuestos del club tardan una eternidad en aprobarse.')).toEqual([]);
    expect(read('Die Angebote im Schaufenster wechseln jeden Monat, das dauert ewig.')).toEqual([]);
    expect(read('Les livraisons offertes prennent un temps fou à organiser.')).toEqual([]);
  });
  it('reads no pain where the complaint word is said of no problem', () => {
    expect(read('Wir haben ständig Angebote im Schaufenster, die Kunden lieben das.')).toEqual([]);
    expect(read('Keine Ahnung, welche Angebote die Mitbewerber machen.')).toEqual([]);
    expect(read('Il nonno gestiva un casinò a Campione, i preventivi li manda il figlio.')).toEqual([]);
    expect(read('Los presupuestos del club son una pesadilla.')).toEqual([]);
    expect(read('I preventivi per gli armadi li facciamo senza fatica.')).toEqual([]);
  });
});
