// A fish or shellfish farm's name or notes say the species or the farm in another language ("Austernzucht Hallig",
// "élevage de daurades"): read as the English words the vendor's entries use (fifty-ninth round). Invented vendor and records.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const industriesOf = (p: Partial<Prospect>) =>
  contextOf(resolveProspect({ name: 'Tove Brandl', title: 'Owner', source: { crm: 'hubspot', recordType: 'contact', recordId: '1' }, ...p } as Prospect, farmVendor)).industries;

// Software for fish and shellfish farms, in kinds of farm.
const farmVendor = compileTaxonomy({
  personas: [],
  industries: [
    { id: 'shell', label: 'Bivalve growers', aliases: ['mussels', 'oysters', 'clams'] },
    { id: 'bream', label: 'Bream and bass farms', aliases: ['sea bream', 'sea bass'] },
    { id: 'sturgeon', label: 'Sturgeon and caviar farms', aliases: ['sturgeon', 'caviar'] },
    { id: 'weed', label: 'Seaweed growers', aliases: ['seaweed', 'kelp'] },
    { id: 'hatch', label: 'Fish hatcheries', aliases: ['hatchery', 'fingerlings', 'nursery'] },
  ],
  painPoints: [],
} satisfies Taxonomy);

describe('farmed species said in another language', () => {
  it('reads a name that says the species or the farm first', () => {
    for (const [company, id] of [['Austern Hallig GmbH', 'shell'], ['Huîtres Kerbrat', 'shell'], ['Mejillones Lourido S.L.', 'shell'],
      ['Oesterkwekerij Dekker', 'shell'], ['Storione Valbrenta S.r.l.', 'sturgeon'], ['Algues de Kerlouan', 'weed'],
      ['Écloserie du Trieux', 'hatch']] as const)
      expect(industriesOf({ company }), company).toEqual([id]);
  });
  it('reads the species in the notes', () => {
    expect(industriesOf({ company: 'Kerbrat SARL', notes: 'Élevage de daurades en mer, deux concessions.' })).toEqual(['bream']);
    expect(industriesOf({ company: 'Lourido S.L.', notes: 'Cultivan almejas en la ría.' })).toEqual(['shell']);
    expect(industriesOf({ company: 'Dekker B.V.', notes: 'Zeewier, zo.n tien hectare.' })).toEqual(['weed']);
  });
});
