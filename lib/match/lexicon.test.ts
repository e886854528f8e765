import { afterEach, describe, expect, it } from 'vitest';
import { industryWords, titleWords } from './compile';
import { WORDS } from './knowledge/lexicon';
import { useForeignNouns } from './lexicon';
import { FOREIGN_NOUNS } from './lexicon-table.generated';

describe('the generated bilingual table (off by default)', () => {
  afterEach(() => useForeignNouns(undefined));

  it('reads a word the hand-written lexicon lacks, alone and inside a German compound, only when given', () => {
    expect(titleWords('Fuhrparkleiter')).toEqual(['fuhrpark', 'head']);
    useForeignNouns('fuhrpark fleet\nfahrzeug vehicle');
    expect(titleWords('Fuhrparkleiter')).toEqual(['fleet', 'head']);
    expect(industryWords('Fahrzeug')).toEqual(['vehicl']);
    useForeignNouns(undefined);
    expect(industryWords('Fahrzeug')).toEqual(['fahrzeug']);
  });

  it('never overrides the hand-written lexicon', () => {
    useForeignNouns('leiter ladder');
    expect(titleWords('Leiter Einkauf')).toContain('head');
    expect(titleWords('Leiter Einkauf')).not.toContain('ladder');
  });

  it('is one normalised word and its English a line, with no word the hand-written lexicon has', () => {
    const lines = FOREIGN_NOUNS.split('\n');
    expect(lines.length).toBeGreaterThan(1000);
    for (const line of lines) {
      expect(line).toMatch(/^[a-z]{4,} [a-z]+(?: [a-z]+)?$/);
      expect(Object.hasOwn(WORDS, line.slice(0, line.indexOf(' ')))).toBe(false);
    }
    // Words that are also English stay English ("revenue", "garage", "taller").
    const keys = new Set(lines.map((l) => l.slice(0, l.indexOf(' '))));
    for (const english of ['revenue', 'garage', 'taller', 'personal', 'media']) expect(keys.has(english)).toBe(false);
  });
});

describe('the hand-written lexicon', () => {
  it.each([
    ['Serviceleiter', ['service', 'head']],
    ['Marketingleiter', ['marketing', 'head']],
    ['Vertriebsleiter', ['sale', 'head']],
    ['Jefe de taller', ['workshop', 'manager']],
    ["Cheffe d'atelier", ['workshop', 'manager']],
    ['Werkplaatschef', ['workshop', 'head']],
    ['Resp. Ricambi', ['head', 'part']],
    ['Responsabile Post-Vendita', ['head', 'aftersale']],
    ['Chefe de Peças', ['head', 'part']],
  ])('reads the title %s as %j', (title, words) => {
    expect(titleWords(title)).toEqual(words);
  });

  it('keeps a word that is also English ("taller") English outside its phrase', () => {
    expect(titleWords('Taller Associate')).toEqual(['taller', 'associate']);
  });

  it.each([
    ['Autohaus Brenner', ['car', 'dealership', 'brenner']],
    ['Concessionaria Ferri', ['franchis', 'dealer', 'ferri']],
    ['Kampeerauto Noord', ['motorhom', 'noord']],
    ['Comercio al por menor', ['retail']],
  ])('reads the company or industry %s as %j', (name, words) => {
    expect(industryWords(name)).toEqual(words);
  });
});
