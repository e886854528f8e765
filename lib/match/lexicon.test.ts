import { afterEach, describe, expect, it } from 'vitest';
import { industryWords, titleWords } from './compile';
import { cognateKeys, cognates, useForeignNouns } from './lexicon';

describe('the generated bilingual table (off by default)', () => {
  afterEach(() => useForeignNouns(undefined));

  it('reads a word the hand-written lexicon lacks, alone and inside a German compound, only when given', () => {
    expect(titleWords('Imkereileiter')).toEqual(['imkerei', 'head']);
    useForeignNouns('imkerei apiary\nfahrzeug vehicle');
    expect(titleWords('Imkereileiter')).toEqual(['apiary', 'head']);
    expect(industryWords('Fahrzeug')).toEqual(['vehicl']);
    useForeignNouns(undefined);
    expect(industryWords('Fahrzeug')).toEqual(['fahrzeug']);
  });

  it('never overrides the hand-written lexicon', () => {
    useForeignNouns('leiter ladder');
    expect(titleWords('Leiter Einkauf')).toContain('head');
    expect(titleWords('Leiter Einkauf')).not.toContain('ladder');
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

describe('plural nouns of other languages', () => {
  it('are read through the singular the lexicon lists', () => {
    expect(industryWords('Supermarchés')).toEqual(industryWords('supermarket'));
    expect(titleWords('Responsabile Lavanderie')).toEqual(['head', 'laundry']);
  });
  it('but a short word is left as written', () => {
    expect(titleWords('Ventes')).toEqual(titleWords('Sales'));
  });
});

describe('remembered readings (titleWords and industryWords read a text once)', () => {
  it('gives each caller its own words: changing them does not change the next reading', () => {
    const first = titleWords('Head of Procurement');
    first.push('ladder');
    first[0] = 'changed';
    expect(titleWords('Head of Procurement')).toEqual(['head', 'procurement']);
    const industry = industryWords('Logistics');
    industry.length = 0;
    expect(industryWords('Logistics')).toEqual(['logist']);
  });
});

describe('cognates', () => {
  it("reads a word's longest Latinate ending as English's, and a German or Dutch k as c", () => {
    // "-iteit" (not "-ite"), "-ciones" (not "-cion"), "-en" of a plural, "-acion".
    expect(cognates('universiteit')).toEqual(['university']);
    expect(cognates('organizaciones')).toEqual(['organizations']);
    expect(cognates('motoren')).toEqual(['motor']);
    expect(cognates('documentacion')).toEqual(['documentation']);
    expect(cognates('kalibrierung')).toEqual(['calibrierung']);
    expect(cognates('logist')).toEqual([]);
  });

  it('reads a Spanish or Portuguese "-ador" as "-ator" and an "-bile", "-vel" as "-ble" (thirty-eighth round)', () => {
    expect(cognates('administrador')[0]).toBe('administrator');
    expect(cognates('curadores')[0]).toBe('curators');
    expect(cognates('riciclabili')[0]).toBe('riciclable');
    expect(cognates('portavel')[0]).toBe('portable');
    expect(cognates('navegaveis')[0]).toBe('navegable');
  });

  it('reads no English word by those endings: "travel", "swivel", "mobile", a plural "-bles" (review of the thirty-eighth round)', () => {
    for (const english of ['travel', 'gravel', 'swivel', 'mobile', 'tables', 'vegetables']) expect(cognates(english)).toEqual([]);
    expect(cognates('potabili')[0]).toBe('potable');
    expect(cognates('lavabile')[0]).toBe('lavable');
    expect(cognates('possivel')[0]).toBe('possible');
    expect(cognates('operadores')[0]).toBe('operators');
  });

  it('gives a word the same readings however often and after however many other words it is read', () => {
    const before = [cognates('documentacion'), cognateKeys('documentacion')].map((x) => [...x]);
    for (let i = 0; i < 5000; i++) (cognates(`palabra${i}cion`), cognateKeys(`palabra${i}cion`));
    expect([cognates('documentacion'), cognateKeys('documentacion')]).toEqual(before);
  });
});
