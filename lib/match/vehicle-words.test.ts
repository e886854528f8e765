// Everyday words of a company's vehicles in six languages (sixty-first round), read as their English: traffic fines
// ("Knöllchen", "multe", "coimas", "bekeuringen"), damage and scratches ("Kratzer", "danni", "krassen", "danos"),
// charging a car at home, a benefit in kind and a cost per kilometre in their phrases. Invented vendor: route software for caterers who deliver with their own vans.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'fines', label: 'Traffic fines', aliases: ['fines', 'parking fines'] },
    { id: 'damage', label: 'Van damage', aliases: ['damage', 'damage handling'] },
    { id: 'charging', label: 'Home charging refunds', aliases: ['home charging', 'charge at home'] },
    { id: 'bik', label: 'Benefit in kind', aliases: ['benefit in kind', 'remuneration in kind'] },
    { id: 'perkm', label: 'Cost per kilometre', aliases: ['cost per kilometre'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('the words of a company\'s vehicles in six languages', () => {
  it('reads traffic fines', () => {
    for (const note of [
      'Die Knöllchen der Lieferwagen bezahlt am Ende immer die Küche.',
      'Le multe dei furgoni del catering finiscono sulla scrivania sbagliata.',
      'As coimas das carrinhas de entrega chegam sempre tarde demais.',
      'De bekeuringen van de bestelbusjes liggen wekenlang op een stapel.',
    ])
      expect(pains(note), note).toContain('fines');
  });
  it('reads damage and scratches', () => {
    for (const note of [
      'Kratzer an den Kühlwagen meldet niemand rechtzeitig.',
      'I danni ai furgoni frigo vengono segnalati tardi.',
      'Krassen op de koelbusjes worden pas weken later gemeld.',
      'Os danos nas carrinhas frigoríficas ficam por registar.',
    ])
      expect(pains(note), note).toContain('damage');
  });
  it('reads charging at home, a benefit in kind and a cost per kilometre', () => {
    expect(pains('De koks willen thuis laden en de bonnetjes later insturen.')).toContain('charging');
    expect(pains('Gli autisti ricaricano a casa e nessuno verifica gli importi.')).toContain('charging');
    expect(pains('Il furgone come retribuzione in natura pesa sulla busta paga dei cuochi.')).toContain('bik');
    expect(pains('Nessuno sa quanto costa un furgone per chilometro percorso.')).toContain('perkm');
  });
});

// Review mend (sixty-first round): Spanish "cuesta" and Portuguese "custa" also say "it is hard to", and Dutch "stroom"
// is a stream too; read as costs and electricity only in the phrases that say them.
const costs = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'costs', label: 'Running costs', aliases: ['costs'] },
    { id: 'elec', label: 'Electricity', aliases: ['electricity'] },
  ],
} satisfies Taxonomy);
const costPains = (notes: string) => contextOf(resolveProspect({ notes }, costs)).painPoints;
describe('vehicle words with another sense', () => {
  it('reads no cost from "it is hard to"', () => {
    expect(costPains('Nos cuesta mucho retener a los repartidores.')).toEqual([]);
    expect(costPains('Custa muito encontrar motoristas para as carrinhas.')).toEqual([]);
  });
  it('still reads what one thing costs', () => {
    expect(costPains('Nadie sabe cuánto cuesta cada furgoneta al mes.')).toEqual(['costs']);
    expect(costPains('Ninguém sabe quanto custa cada carrinha por mês.')).toEqual(['costs']);
  });
  it('reads no electricity from a stream of things', () => {
    expect(costPains('Er komt een stroom van bestellingen binnen op maandag.')).toEqual([]);
    expect(costPains('De koks laden de busjes thuis en niemand weet wat de stroom kost.')).toEqual(['elec']);
  });
});
