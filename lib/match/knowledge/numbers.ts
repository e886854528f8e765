/** The number words of the seven languages the matcher reads (e English, d German, f French, s Spanish, i Italian, n
 * Dutch, p Portuguese), each with its value, as each language's grammar writes its cardinal numerals: one to twenty,
 * thirty, forty, fifty, and the dozen. One is written as the numeral said before a noun, which is also the indefinite
 * article ("ein"/"eine" and their case forms, "un"/"une", "una"/"uno", "een"/"één", "um"/"uma"); two has its feminine
 * in Portuguese ("duas"). Only the values some rule reads are listed. Words are written as the language writes them
 * (accents, "ß"); `plainNumberWord` takes the accents off as the matcher's tokens do, and `germanSpelled` writes
 * German's umlauts as "ue", "oe" and "ss" as a keyboard without them does.
 * The rules that read a count take their words from this one table (numberWords), each with its own range and its own
 * exceptions, the words it leaves out because in the text it reads they are often another word. */
export type NumberLanguage = 'e' | 'd' | 'f' | 's' | 'i' | 'n' | 'p';

export const NUMBER_WORDS: ReadonlyArray<readonly [value: number, language: NumberLanguage, words: string]> = [
  [1, 'e', 'one'],
  [1, 'd', 'ein eine einen einem einer'],
  [1, 'f', 'un une'],
  [1, 's', 'un una uno'],
  [1, 'i', 'un una uno'],
  [1, 'n', 'een één'],
  [1, 'p', 'um uma'],
  [2, 'e', 'two'],
  [2, 'd', 'zwei'],
  [2, 'f', 'deux'],
  [2, 's', 'dos'],
  [2, 'i', 'due'],
  [2, 'n', 'twee'],
  [2, 'p', 'dois duas'],
  [3, 'e', 'three'],
  [3, 'd', 'drei'],
  [3, 'f', 'trois'],
  [3, 's', 'tres'],
  [3, 'i', 'tre'],
  [3, 'n', 'drie'],
  [3, 'p', 'três'],
  [4, 'e', 'four'],
  [4, 'd', 'vier'],
  [4, 'f', 'quatre'],
  [4, 's', 'cuatro'],
  [4, 'i', 'quattro'],
  [4, 'n', 'vier'],
  [4, 'p', 'quatro'],
  [5, 'e', 'five'],
  [5, 'd', 'fünf'],
  [5, 'f', 'cinq'],
  [5, 's', 'cinco'],
  [5, 'i', 'cinque'],
  [5, 'n', 'vijf'],
  [5, 'p', 'cinco'],
  [6, 'e', 'six'],
  [6, 'd', 'sechs'],
  [6, 'f', 'six'],
  [6, 's', 'seis'],
  [6, 'i', 'sei'],
  [6, 'n', 'zes'],
  [6, 'p', 'seis'],
  [7, 'e', 'seven'],
  [7, 'd', 'sieben'],
  [7, 'f', 'sept'],
  [7, 's', 'siete'],
  [7, 'i', 'sette'],
  [7, 'n', 'zeven'],
  [7, 'p', 'sete'],
  [8, 'e', 'eight'],
  [8, 'd', 'acht'],
  [8, 'f', 'huit'],
  [8, 's', 'ocho'],
  [8, 'i', 'otto'],
  [8, 'n', 'acht'],
  [8, 'p', 'oito'],
  [9, 'e', 'nine'],
  [9, 'd', 'neun'],
  [9, 'f', 'neuf'],
  [9, 's', 'nueve'],
  [9, 'i', 'nove'],
  [9, 'n', 'negen'],
  [9, 'p', 'nove'],
  [10, 'e', 'ten'],
  [10, 'd', 'zehn'],
  [10, 'f', 'dix'],
  [10, 's', 'diez'],
  [10, 'i', 'dieci'],
  [10, 'n', 'tien'],
  [10, 'p', 'dez'],
  [11, 'e', 'eleven'],
  [11, 'd', 'elf'],
  [11, 'f', 'onze'],
  [11, 's', 'once'],
  [11, 'i', 'undici'],
  [11, 'n', 'elf'],
  [11, 'p', 'onze'],
  [12, 'e', 'twelve dozen'],
  [12, 'd', 'zwölf'],
  [12, 'f', 'douze'],
  [12, 's', 'doce'],
  [12, 'i', 'dodici'],
  [12, 'n', 'twaalf'],
  [12, 'p', 'doze'],
  [13, 'e', 'thirteen'],
  [14, 'e', 'fourteen'],
  [15, 'e', 'fifteen'],
  [15, 'd', 'fünfzehn'],
  [15, 'f', 'quinze'],
  [15, 's', 'quince'],
  [15, 'i', 'quindici'],
  [15, 'n', 'vijftien'],
  [15, 'p', 'quinze'],
  [16, 'e', 'sixteen'],
  [17, 'e', 'seventeen'],
  [18, 'e', 'eighteen'],
  [19, 'e', 'nineteen'],
  [20, 'e', 'twenty'],
  [20, 'd', 'zwanzig'],
  [20, 'f', 'vingt'],
  [20, 's', 'veinte'],
  [20, 'i', 'venti'],
  [20, 'n', 'twintig'],
  [20, 'p', 'vinte'],
  [30, 'e', 'thirty'],
  [30, 'd', 'dreißig'],
  [30, 'f', 'trente'],
  [30, 's', 'treinta'],
  [30, 'i', 'trenta'],
  [30, 'n', 'dertig'],
  [30, 'p', 'trinta'],
  [40, 'e', 'forty'],
  [50, 'e', 'fifty'],
];

/** A word as the matcher's tokens read it: accents off, "ß" as "ss". */
export const plainNumberWord = (word: string): string => word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss');
/** A German word typed without umlauts: "fuenf", "zwoelf", "dreissig". */
export const germanSpelled = (word: string): string => word.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');

export interface NumberWordsWanted {
  /** the values the rule reads, in which language */
  values: (value: number, language: NumberLanguage) => boolean;
  /** the languages it reads them in (all seven when not given) */
  languages?: string;
  /** the forms of each word: as written, without accents, typed without German umlauts */
  forms: ReadonlyArray<'written' | 'plain' | 'german'>;
  /** words the rule leaves out (in any form), each for a reason said where the rule is */
  except?: readonly string[];
}

/** The number words a rule reads, each with its value and its languages (a word two languages share, as Dutch and
 * German "vier", has both). */
export function numberWords(wanted: NumberWordsWanted): Map<string, { value: number; languages: string }> {
  const except = new Set(wanted.except ?? []);
  const out = new Map<string, { value: number; languages: string }>();
  for (const [value, language, words] of NUMBER_WORDS) {
    if (!wanted.values(value, language) || (wanted.languages !== undefined && !wanted.languages.includes(language))) continue;
    for (const written of words.split(' ')) {
      const forms = new Set<string>();
      for (const form of wanted.forms) forms.add(form === 'written' ? written : form === 'plain' ? plainNumberWord(written) : language === 'd' ? germanSpelled(written) : written);
      for (const word of forms) {
        if (except.has(word)) continue;
        const had = out.get(word);
        if (!had) out.set(word, { value, languages: language });
        else if (!had.languages.includes(language)) had.languages += language;
      }
    }
  }
  return out;
}
