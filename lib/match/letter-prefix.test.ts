import { describe, expect, it } from 'vitest';
import { compileTaxonomy, industryNames, industryWords, sectorsOf } from './compile';
import { SECTORS } from './knowledge/industries';
import { resolveIndustries } from './resolve';

// An invented vendor of booking software for small mobility and imaging businesses. The taxonomy names some kinds
// with a letter-prefixed compound and some only by the compound's head.
const mobility = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'mopeds', label: 'Moped dealerships', aliases: ['scooter dealers'] },
    { id: 'hire', label: 'Scooter hire desks', aliases: ['scooter rental'] },
    { id: 'scans', label: 'Imaging studios', aliases: ['x-ray labs'] },
    { id: 'kits', label: 'Kit printers', aliases: ['T-vest printing'] },
  ],
});
const ids = (p: { industry?: string; company?: string; notes?: string }) => resolveIndustries(p, mobility).map((r) => r.id);

describe('a letter-prefixed compound the taxonomy names only by its head', () => {
  it('is read as its head in the prospect when the taxonomy has no joined word', () => {
    expect(ids({ company: 'Quillmoor GmbH', notes: 'E-scooter dealer, one showroom.' })).toEqual(['mopeds']);
    expect(ids({ company: 'Quillmoor Tours', notes: 'Runs e-scooter rental by the old quay.' })).toEqual(['hire']);
  });

  it('is still read joined where the taxonomy names the joined word', () => {
    expect(ids({ company: 'Quillmoor Sport', notes: 'Prints T-vests for running clubs.' })).toEqual(['kits']);
  });
});

describe('a letter-prefixed alias said spaced', () => {
  it('names its entry as the hyphenated spelling does', () => {
    expect(ids({ company: 'Quillmoor', notes: 'A small x ray lab beside the station.' })).toEqual(['scans']);
    expect(ids({ company: 'Quillmoor', notes: 'T vest printing for running clubs.' })).toEqual(['kits']);
  });
});

describe('a sector name with a letter prefix', () => {
  it('reads the sector hyphenated, joined or spaced', () => {
    // The knowledge's own sector names with a letter prefix, each as a CRM may spell it.
    const lettered = Object.entries(SECTORS).flatMap(([sector, names]) => names.filter((n) => /^\p{L} \p{L}{2}/u.test(n)).map((n) => [sector, n] as const));
    expect(lettered.length).toBeGreaterThan(0);
    for (const [sector, name] of lettered)
      for (const spelling of [name, name.replace(' ', '-'), name.replace(' ', '')]) expect(sectorsOf(industryWords(spelling))).toContain(sector);
  });
});

describe('a letter inside a hyphenated compound', () => {
  it('is not glued to the part after it', () => {
    expect(industryWords('Typ-B-Prüflabor')).toEqual(industryWords('Typ B Prüflabor'));
  });
});

describe('names joined by "&" with letter prefixes', () => {
  it('keeps each part joined, not its bare head', () => {
    const names = industryNames('E-trike & e-moped rentals');
    expect(names).not.toContainEqual(industryWords('moped rentals'));
    expect(names).toContainEqual(industryWords('emoped rentals'));
  });
});
