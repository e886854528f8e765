import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from './compile';
import { resolveIndustries } from './resolve';

// An invented vendor of scheduling software for beekeepers, orchards and cider makers, with a partly localised library:
// one French asset of the orchards counts its work ("chaque rang", "deux passages", "trois équipes"), one German asset
// of the beekeepers too ("rund drei Völker", "jede Woche"), words no other asset uses.
const taxonomy = {
  personas: [{ id: 'owner', label: 'Owner', aliases: [] }],
  industries: [
    { id: 'apiaries', label: 'Apiaries', aliases: ['beekeepers', 'honey producers'] },
    { id: 'orchards', label: 'Orchards', aliases: ['fruit growers'] },
    { id: 'cideries', label: 'Cider makers', aliases: [] },
  ],
  painPoints: [{ id: 'spray', label: 'Spray records', aliases: [] }],
};
const asset = (id: string, title: string, industries: string[]) => ({ id, title, painPoints: [], industries });
const assets = [
  asset('a1', 'Hive inspections on a phone', ['apiaries']),
  asset('a2', 'Queen rearing calendar', ['apiaries']),
  asset('a3', 'Varroa counts by apiary', ['apiaries']),
  asset('a4', 'Honey extraction batches', ['apiaries']),
  asset('a5', 'Pruning crews and ladders', ['orchards']),
  asset('a6', 'Spray diaries for fruit rows', ['orchards']),
  asset('a7', 'Pickers paid by the bin', ['orchards']),
  asset('a8', 'Frost alarms for blossom', ['orchards']),
  asset('a9', 'Pressing and fermentation logs', ['cideries']),
  asset('a10', 'Bottling runs and duty', ['cideries']),
  asset('a11', 'Barrel ageing records', ['cideries']),
  asset('a12', 'Tasting room sales', ['cideries']),
  asset('a13', 'Vergers : chaque rang taillé en deux passages, trois équipes, plusieurs semaines', ['orchards']),
  asset('a14', 'Rund drei Völker pro Stand, jede Woche mehrere Kontrollen', ['apiaries']),
];
const compiled = compileTaxonomy(taxonomy, assets);
const read = (company: string, notes: string) => resolveIndustries({ company, notes }, compiled).map((r) => r.id);

describe('numerals and words of quantity in the other languages (fifty-fourth round)', () => {
  it('reads no segment from the counts a localised asset happens to share with the notes', () => {
    expect(read('Cidrerie Lannec', 'Deux pressoirs, trois salariés, plusieurs clients : chaque lundi le même tableau.')).not.toContain('orchards');
    expect(read('Tierarztpraxis Obermaier', 'Betreut rund 40 Betriebe, drei davon im Landkreis, jede Woche mehrere Besuche.')).not.toContain('apiaries');
  });

  it("still reads a segment by the trade's own words of its assets, a count beside them", () => {
    expect(read('Maison Kerlaz', 'Des vergers : la taille rang par rang, en deux passages.')).toEqual(['orchards']);
  });
});

// Invented vendors whose assets name a segment by a word that is also a numeral or a word of quantity elsewhere:
// English "due" (Italian two) and "elk" (Dutch each), French "neuf" (new) and "dos" (back), Portuguese "doce" (sweet).
const tripleRead = (industries: [string, string][], titles: [string, string][]) => {
  const tax = {
    personas: [{ id: 'owner', label: 'Owner', aliases: [] }],
    industries: industries.map(([id, label]) => ({ id, label, aliases: [] })),
    painPoints: [{ id: 'late', label: 'Late invoices', aliases: [] }],
  };
  const c = compileTaxonomy(tax, titles.map(([title, i], k) => asset(`t${k}`, title, [i])));
  return (company: string, notes: string) => resolveIndustries({ company, notes }, c).map((r) => r.id);
};

describe('a word of quantity in one language that is a content word in another (review mend)', () => {
  it('still reads the segment the word names', () => {
    const deals = tripleRead([['ma', 'M&A advisors'], ['tax', 'Tax preparers'], ['audit', 'Auditors']], [
      ['Due diligence checklists', 'ma'], ['Data room access', 'ma'], ['Deal pipeline', 'ma'], ['Teaser drafting', 'ma'],
      ['Tax return deadlines', 'tax'], ['Client organiser packs', 'tax'], ['E-filing status', 'tax'], ['Extension tracking', 'tax'],
      ['Sampling workpapers', 'audit'], ['Engagement letters', 'audit'], ['Confirmations', 'audit'], ['Inventory counts', 'audit'],
    ]);
    expect(deals('Harrow Partners', 'Due diligence checklists are a mess.')).toEqual(['ma']);
    const hunts = tripleRead([['hunt', 'Hunting outfitters'], ['fish', 'Fishing lodges'], ['camp', 'Campgrounds']], [
      ['Elk tags and draw results', 'hunt'], ['Elk season bookings', 'hunt'], ['Guide assignments', 'hunt'], ['Trophy fees', 'hunt'],
      ['Boat rentals', 'fish'], ['Fly shop stock', 'fish'], ['River permits', 'fish'], ['Catch logs', 'fish'],
      ['Site maps', 'camp'], ['RV hookups', 'camp'], ['Firewood sales', 'camp'], ['Quiet hours', 'camp'],
    ]);
    expect(hunts('Rocky Ridge LLC', 'Elk season bookings.')).toEqual(['hunt']);
    const homes = tripleRead([['dev', 'New-build developers'], ['agency', 'Resale agencies'], ['rent', 'Rental managers']], [
      ['Vendre du neuf sur plan', 'dev'], ['Lancement de programme neuf', 'dev'], ['Reservations and deposits', 'dev'], ['Handover snag lists', 'dev'],
      ['Mandats et estimations', 'agency'], ['Open house scheduling', 'agency'], ['Listing photos', 'agency'], ['Offer negotiation', 'agency'],
      ['Tenant screening', 'rent'], ['Rent collection', 'rent'], ['Maintenance tickets', 'rent'], ['Deposit returns', 'rent'],
    ]);
    expect(homes('Groupe Valmont', 'Spécialiste du neuf sur plan.')).toEqual(['dev']);
    const backs = tripleRead([['chiro', 'Chiropractors'], ['dent', 'Dentists'], ['opt', 'Opticians']], [
      ['Douleurs de dos : le premier bilan', 'chiro'], ['Le dos au travail', 'chiro'], ['Spinal adjustment notes', 'chiro'], ['Posture reports', 'chiro'],
      ['Détartrage et rappels', 'dent'], ['Implant planning', 'dent'], ['Orthodontic aligners', 'dent'], ['Hygienist rota', 'dent'],
      ['Lunettes et montures', 'opt'], ['Contact lens reorders', 'opt'], ['Eye test recalls', 'opt'], ['Frame stock', 'opt'],
    ]);
    expect(backs('Cabinet Morel', 'Bilan du dos et posture.')).toEqual(['chiro']);
    const sweets = tripleRead([['conf', 'Confectioners'], ['bak', 'Bakeries'], ['dairy', 'Dairies']], [
      ['Lotes de doce de abóbora', 'conf'], ['Rotulagem de doce caseiro', 'conf'], ['Chocolate tempering logs', 'conf'], ['Candy wrapping lines', 'conf'],
      ['Sourdough schedules', 'bak'], ['Oven rota', 'bak'], ['Pão e massas', 'bak'], ['Flour orders', 'bak'],
      ['Milk collection rounds', 'dairy'], ['Cheese ageing', 'dairy'], ['Queijo fresco', 'dairy'], ['Yoghurt batches', 'dairy'],
    ]);
    expect(sweets('Casa Amaral', 'Doce de abóbora em lotes.')).toEqual(['conf']);
  });
});

// An invented vendor of herd records for Dutch and Belgian livestock farms: "rund" is cattle in its Dutch library, and
// two dairy assets happen to say "circa" and "environ".
describe('"rund", "environ", "circa" as "about" only right before a number (review mend)', () => {
  const herd = compileTaxonomy(
    {
      personas: [{ id: 'owner', label: 'Owner', aliases: [] }],
      industries: [
        { id: 'beef', label: 'Beef farms', aliases: [] },
        { id: 'dairy', label: 'Dairy farms', aliases: [] },
        { id: 'pigs', label: 'Pig farms', aliases: [] },
      ],
      painPoints: [{ id: 'late', label: 'Late invoices', aliases: [] }],
    },
    [
      asset('b1', 'Rund en kalf: de stalkaart', ['beef']),
      asset('b2', 'Het rund in de wei', ['beef']),
      asset('b3', 'Slachtrijpheid per rund', ['beef']),
      asset('b4', 'Vleesvee weging', ['beef']),
      asset('d1', 'Melkquotum circa per maand', ['dairy']),
      asset('d2', 'Melkrobot data, environ laitier', ['dairy']),
      asset('d3', 'Tankmelk', ['dairy']),
      asset('d4', 'Koeien melken', ['dairy']),
      asset('p1', 'Zeugen en biggen', ['pigs']),
      asset('p2', 'Varkens mesten', ['pigs']),
      asset('p3', 'Biggensterfte', ['pigs']),
      asset('p4', 'Varkensstal', ['pigs']),
    ],
  );
  const herdRead = (company: string, notes: string) => resolveIndustries({ company, notes }, herd).map((r) => r.id);

  it('reads no segment from "about" before a number', () => {
    expect(herdRead('Tierarztpraxis Brandl', 'Betreut rund 40 Höfe mit Stalkaart.')).not.toContain('beef');
    expect(herdRead('Ferme Dubois', 'Conseil agricole, environ 30 clients.')).not.toContain('dairy');
    expect(herdRead('Studio Bassi', 'Consulenza agricola, circa 20 clienti.')).not.toContain('dairy');
  });

  it('still reads the cattle where a Dutch note says "rund" before a number as the noun, or elsewhere', () => {
    expect(herdRead('Maatschap Veldhuis', 'Wij houden rund en kalf.')).toContain('beef');
    expect(herdRead('Maatschap Veldhuis', 'Rund en kalf, per rund 40 euro voer.')).toContain('beef');
  });
});
