// What the sixty-fifth round's second read-only review found and its mends left (sixty-sixth round), each a reading
// that went wrong at 3667778a. Invented vendor: Corrowby, tuning rounds and booking software for travelling piano tuners.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const corrowby = compileTaxonomy({
  personas: [
    { id: 'voicing', label: 'Head of voicing standards', aliases: [] },
    { id: 'voicer', label: 'Voicing technician', aliases: [] },
    { id: 'tuning', label: 'Head of tuning programmes', aliases: [] },
    { id: 'tuner', label: 'Tuning technician', aliases: [] },
    { id: 'exec', label: 'Executive director', aliases: ['CEO'] },
    { id: 'board', label: 'Board seat', aliases: ['Board President', 'Board Purser'] },
  ],
  industries: [],
  painPoints: [{ id: 'short', label: 'Tuner shortages', aliases: ['short staffed'] }],
} satisfies Taxonomy);
const personas = (title: string, company = 'Corrowby Rounds Ltd') => contextOf(resolveProspect({ title, company }, corrowby)).personas.slice().sort();
const pains = (notes: string) => contextOf(resolveProspect({ notes }, corrowby)).painPoints;

describe('people sent somewhere are not staff down', () => {
  it('reads no shortage where a verb of sending or going comes before the count', () => {
    for (const note of ['We sent two techs down at the depot on Friday.', 'They drove three techs down at dawn for the concert.'])
      expect(pains(note), note).toEqual([]);
  });
  it('still reads a count down at its place of work', () => {
    expect(pains('We are two techs down at the workshop.')).toContain('short');
  });
});

describe("a head's title said short", () => {
  it('reads no narrower field a persona names after the head\'s', () => {
    expect(personas('Head of Voicing')).not.toContain('voicing');
  });
  it("still reads the persona whose name only adds the field's scope", () => {
    expect(personas('Head of Tuning')).toEqual(['tuning']);
  });
});

describe("a president or secretary is the board's only at a body of owners", () => {
  it("reads no board seat from a trade association's or a club's president", () => {
    expect(personas('President', 'Northern Piano Technicians Association')).toEqual(['exec']);
    expect(personas('President', 'Hallowmere Golf Club')).toEqual(['exec']);
  });
  it("still reads the board's officer at an owners' body, and a purser at any club", () => {
    expect(personas('President', 'Tollbridge Mews HOA')).toEqual(['board']);
    expect(personas('Purser', 'Hallowmere Golf Club')).toEqual(['board']);
  });
});

describe('a booking made twice, in the Romance languages and Dutch', () => {
  const diary = compileTaxonomy({ personas: [], industries: [], painPoints: [{ id: 'twice', label: 'Tuners booked twice', aliases: ['double bookings'] }] } satisfies Taxonomy);
  const twice = (notes: string) => contextOf(resolveProspect({ notes }, diary)).painPoints;
  it("hears the participles of either gender and the nouns of a booking made twice", () => {
    for (const note of [
      'La sala de ensayo fue reservada dos veces el martes.',
      'A afinadora foi reservada duas vezes na sexta.',
      'La sala prove è stata prenotata due volte.',
      "L'accordeuse a été réservée deux fois samedi.",
      "C'è stata una doppia prenotazione del pianoforte.",
      'Houve uma reserva duplicada do piano de cauda.',
      'Weer een dubbele boeking voor de stemmer.',
      "Encore un conflit d'horaire pour l'accordeur.",
    ])
      expect(twice(note), note).toEqual(['twice']);
  });
  it('still hears the masculine and the German', () => {
    expect(twice('Le piano a été réservé deux fois.')).toEqual(['twice']);
    expect(twice('Der Stimmer war doppelt gebucht.')).toEqual(['twice']);
  });
});

describe('the country said whole, and a certificate expiring with its particle apart', () => {
  const rounds = compileTaxonomy({
    personas: [],
    industries: [],
    painPoints: [
      { id: 'road', label: 'Travel time between clients', aliases: ['windscreen time'] },
      { id: 'expiry', label: 'Lapsing certificates', aliases: ['certificate expires'] },
    ],
  } satisfies Taxonomy);
  const read = (notes: string) => contextOf(resolveProspect({ notes }, rounds)).painPoints;
  it("reads no travel from a business's reach", () => {
    for (const note of ['Wir betreuen Konzertsäle in ganz Deutschland.', 'Nous avons quarante ateliers dans tout le pays.', 'Tienen salas de ensayo en todo el país.', 'Klanten in het hele land bellen ons.'])
      expect(read(note), note).toEqual([]);
  });
  it('reads travel where a verb of travelling goes with it', () => {
    for (const note of ['Unsere Stimmer fahren durch ganz Deutschland.', 'Nos accordeurs sillonnent tout le pays.', 'Los afinadores viajan por todo el país.', 'De stemmers rijden door het hele land.'])
      expect(read(note), note).toEqual(['road']);
  });
  it('reads the expiry with the particle one or two words on, not past a negation', () => {
    expect(read('Das Zertifikat läuft im Oktober ab.')).toEqual(['expiry']);
    expect(read('Die Zertifikate laufen übernächste Woche ab.')).toEqual(['expiry']);
    expect(read('Das Zertifikat läuft nicht ab.')).toEqual([]);
  });
});

describe("the owners' titles, the other side: staff who look after owners", () => {
  const fleet = compileTaxonomy({
    personas: [
      { id: 'owner', label: 'Workshop owner', aliases: ['Owner', 'Proprietor'] },
      { id: 'ops', label: 'Operations manager', aliases: [] },
    ],
    industries: [],
    painPoints: [],
  } satisfies Taxonomy);
  const who = (title: string) => contextOf(resolveProspect({ title, company: 'Corrowby Piano Leasing Ltd' }, fleet)).personas;
  it('reads no owner from a title that names the owners as whom it serves', () => {
    expect(who('Owner Relations Manager')).not.toContain('owner');
    expect(who('Owner Liaison')).not.toContain('owner');
  });
  it('still reads the owner from an owner\'s title', () => {
    expect(who('Owner')).toEqual(['owner']);
    expect(who('Co-Owner')).toEqual(['owner']);
  });
});
