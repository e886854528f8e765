// A machine builder's name or notes say the machine it builds in another language ("Pumpenfabrik Adler", "Compresores
// del Norte"): read as the English words of its kind of machinery (sixtieth round). Invented vendor and records.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const industriesOf = (p: Partial<Prospect>) =>
  contextOf(resolveProspect({ name: 'Ilse Varga', title: 'Owner', source: { crm: 'hubspot', recordType: 'contact', recordId: '1' }, ...p } as Prospect, oemVendor)).industries;

// Aftermarket software for equipment makers, in kinds of machine.
const oemVendor = compileTaxonomy({
  personas: [],
  industries: [
    { id: 'fluid', label: 'Pumps and compressors', aliases: ['fluid handling OEM'] },
    { id: 'convey', label: 'Conveyor systems', aliases: ['material handling OEM'] },
    { id: 'pack', label: 'Packaging machinery', aliases: ['filling lines'] },
    { id: 'farm', label: 'Agricultural machinery', aliases: ['ag equipment OEM'] },
    { id: 'bake', label: 'Bakery equipment', aliases: ['bakery ovens'] },
  ],
  painPoints: [],
} satisfies Taxonomy);

describe('the machine a builder makes, said in another language', () => {
  it('reads pumps and compressors in a name', () => {
    for (const company of ['Adler Pumpen GmbH', 'Pompes Rivière SAS', 'Bombas Llorente S.L.', 'Pompe Ferrante S.p.A.',
      'Kuipers Pompen B.V.', 'Brenner Kompressoren AG', 'Compresores Atienza S.A.', 'Compressori Vitale S.r.l.'])
      expect(industriesOf({ company }), company).toEqual(['fluid']);
  });
  it('reads conveyors, packaging and farm machines in a name', () => {
    expect(industriesOf({ company: 'Visser Transportbanden B.V.' })).toEqual(['convey']);
    expect(industriesOf({ company: 'Convoyeurs Lambert SARL' })).toEqual(['convey']);
    expect(industriesOf({ company: 'Envasadoras Quiroga S.A.' })).toEqual(['pack']);
    expect(industriesOf({ company: 'Oberland Agrartechnik GmbH' })).toEqual(['farm']);
    expect(industriesOf({ company: 'Máquinas de Panificação Sequeira' })).toEqual(['bake']);
  });
  it('reads the machine in the notes', () => {
    expect(industriesOf({ company: 'Ferrante S.p.A.', notes: 'Costruiscono pompe centrifughe per acquedotti.' })).toEqual(['fluid']);
  });
  it('reads the other trades the machine words name in a phrase as those trades', () => {
    const other = compileTaxonomy({
      personas: [],
      industries: [
        { id: 'mach', label: 'Machinery manufacturers', aliases: ['pumps'] },
        { id: 'fuel', label: 'Fuel retail', aliases: ['petrol station'] },
        { id: 'funeral', label: 'Funeral homes', aliases: ['funeral home'] },
        { id: 'heat', label: 'Heating installers', aliases: ['heat pumps'] },
      ],
      painPoints: [],
    } satisfies Taxonomy);
    const of = (p: Partial<Prospect>) =>
      contextOf(resolveProspect({ name: 'Ilse Varga', title: 'Owner', source: { crm: 'hubspot', recordType: 'contact', recordId: '1' }, ...p } as Prospect, other)).industries;
    expect(of({ company: 'Pompe Funebri Vannucci' })).toEqual(['funeral']);
    expect(of({ company: 'Pompes Funèbres Aubertin' })).toEqual(['funeral']);
    expect(of({ company: 'Aubertin', notes: 'Bombas de gasolina em três vilas.' })).toEqual(['fuel']);
    expect(of({ company: 'Vannucci', notes: 'Installiamo pompe di calore nelle villette.' })).toEqual(['heat']);
    expect(of({ company: 'Pompe Ferrante S.p.A.' })).toEqual(['mach']);
  });
});
