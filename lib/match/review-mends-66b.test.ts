// What the sixty-sixth round's second read-only review found in the round's second passes (ebabca08..edaa7314), each a
// reading that went wrong at 5982dfb4, and the other side each mend must keep. Invented vendor: Quillmoor, booking
// and billing software for sailing clubs and their language summer schools.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';
import { readIdioms } from './lexicon';
import { stem, tokenize } from './text';

const quillmoor = compileTaxonomy({
  personas: [{ id: 'director', label: 'Club director', aliases: [] }],
  industries: [
    { id: 'lang', label: 'Tongue tuition schools', aliases: ['language academy'] },
    { id: 'camps', label: 'Holiday tongue camps', aliases: ['language holiday'] },
    { id: 'exams', label: 'Certification halls', aliases: ['examination centre'] },
    { id: 'races', label: 'Obstacle course races', aliases: [] },
    { id: 'depos', label: 'Court reporting firms', aliases: [] },
  ],
  painPoints: [
    { id: 'placement', label: 'Learners placed in the wrong level', aliases: ['misplaced learners'] },
    { id: 'cover', label: 'Finding cover for shifts', aliases: ['rota gaps'] },
    { id: 'dropped', label: 'Abandoned checkouts', aliases: ['abandoned bookings'] },
  ],
} satisfies Taxonomy);
const industries = (company: string, notes = '') => contextOf(resolveProspect({ company, notes }, quillmoor)).industries;
const pains = (notes: string) => contextOf(resolveProspect({ notes }, quillmoor)).painPoints;

describe('finding 1: a national institute is no language school', () => {
  it('reads no language school from an institute or centre followed by a nationality', () => {
    for (const company of ['Istituto Italiano di Geofisica Marina', 'Instituto Español de Algas', 'Institut Français des Voiles', 'Centro Italiano Studi Nautici'])
      expect(industries(company), company).not.toContain('lang');
  });
  it('reads a school named for its language, the feminine forms included', () => {
    for (const company of ['Scuola Italiana Marvento', 'Academia Inglesa Torreluz', 'Escola Portuguesa do Cais', 'Quarrow English Institute', 'Escuela de Inglés Brisamar'])
      expect(industries(company), company).toContain('lang');
  });
});

describe('finding 2: clipped words are no trades alone', () => {
  it('reads no obstacle race from OCR, and no court reporting from a depo injection or a depot', () => {
    expect(industries('Wrenfold Crag OCR Software')).not.toContain('races');
    expect(industries('Brindlemoor Clinic', 'The nurses give depo injections every quarter.')).not.toContain('depos');
    expect(industries('Depo Ferragens Lda')).not.toContain('depos');
  });
  it('still reads the race by its spelled-out name and the firm by the trade beside "depo"', () => {
    expect(industries('Wrenfold Crag Obstacle Course Racing')).toContain('races');
    expect(industries('Brindlemoor Depo Reporting LLC')).toContain('depos');
  });
});

describe('finding 3: another level is an idiom', () => {
  it('reads no placement from taking a business to another level', () => {
    for (const note of [
      'Queremos llevar el club náutico a otro nivel este año.',
      'Ils veulent faire passer la marina à un autre niveau.',
      'Vogliono portare il porticciolo a un altro livello.',
      'We willen de haven naar een ander niveau tillen.',
      'Die Werft arbeitet auf einem ganz anderen Niveau.',
      'Querem levar a marina para outro nivel.',
    ])
      expect(pains(note), note).not.toContain('placement');
  });
  it('still reads a learner put in another level than the one booked', () => {
    for (const note of [
      'Los alumnos acaban en otro nivel del que reservaron.',
      'Die Teilnehmer landen oft in einem anderen Niveau als gebucht.',
      'Les stagiaires se retrouvent dans un autre niveau que prévu.',
    ])
      expect(pains(note), note).toContain('placement');
  });
});

describe("finding 6: a language school's neighbours only by their language's names", () => {
  it('reads no exam centre from a vehicle test centre and no language camp from any summer camp', () => {
    expect(industries('Penrose Lane MOT Test Centre')).not.toContain('exams');
    expect(industries('Brackwater Scout Summer Camp')).not.toContain('camps');
    expect(industries('Campamento de Verano Los Pinos Altos')).not.toContain('camps');
  });
  it('reads no language school from German "sprachen" in the notes', () => {
    expect(industries('Quellhof Bootsverleih', 'Wir sprachen mit dem Inhaber über die Saison.')).not.toContain('lang');
  });
  it('still reads the exam centre and the language camp by their names', () => {
    expect(industries('Tollbury Examination Centre')).toContain('exams');
    expect(industries('Ventoluz Language Camps')).toContain('camps');
  });
});

describe('finding 4: an adjective in -ed names a thing, it states nothing', () => {
  it('silences a requirement that names a thing with an adjective in -ed', () => {
    for (const note of ['Automated shift cover, that is non-negotiable.', 'Dedicated shift cover, it is a must have.'])
      expect(pains(note), note).not.toContain('cover');
  });
  it('keeps the pain of a clause that states a problem, by a past tense last or after an auxiliary', () => {
    for (const note of ['Last winter the shift cover collapsed, that is a deal breaker.', 'The shift cover got tangled every week, that is a deal breaker.'])
      expect(pains(note), note).toContain('cover');
  });
});

describe('finding 5: covering a cost is paying, not a shift', () => {
  it('reads no scheduling from who covers a cost, a budget or damage', () => {
    for (const note of [
      'We still do not know who can cover the winter haul-out charge.',
      'There is no budget available to cover the new slipway winch.',
      'Not sure who could cover the damage to the jetty, us or the insurer.',
    ])
      expect(pains(note), note).not.toContain('cover');
  });
  it('still reads who can cover a shift or a day', () => {
    for (const note of ['Nobody knows who can cover the late shift on the slipway.', 'I never know who is free to cover Sunday at the boathouse.'])
      expect(pains(note), note).toContain('cover');
  });
});

describe('finding 7: a back-office task never completed is no abandoned checkout', () => {
  it('reads no abandonment from an import or a rollout never completed', () => {
    for (const note of [
      'We moved the order archive to the new ledger. The import was never completed.',
      'The application upgrade on the club laptops was never completed.',
    ])
      expect(pains(note), note).not.toContain('dropped');
  });
  it('still reads a buyer leaving an order half done, and a cart', () => {
    for (const note of [
      'Lots of parents open a dinghy course booking on their phones and most were never completed.',
      'The orders were never completed at the last step.',
      'Half the carts on the shop page never completed.',
    ])
      expect(pains(note), note).toContain('dropped');
  });
});

describe("the last note: 'rente op' is no separable verb", () => {
  const english = (text: string) => {
    const tokens = tokenize(text);
    const stems = tokens.map((t) => t.stem);
    readIdioms(tokens, stems, text);
    return stems;
  };
  it('reads no interest-on across a clause where "op" comes later', () => {
    expect(english('Hun rente stijgt elk jaar weer op de rekening')).not.toContain(stem('interest'));
  });
  it('still reads "rente op" as said, and a separable verb across its clause', () => {
    expect(english('de rente op de lening')).toContain(stem('interest'));
    expect(english('Das Zertifikat läuft am Freitag ab')).not.toEqual(tokenize('Das Zertifikat läuft am Freitag ab').map((t) => t.stem));
  });
});
