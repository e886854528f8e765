// Segments by size. Many vendors cut their market by how big a customer is ("Small & boutique firms",
// "Mid-size firms" with an alias "50-300 lawyers", "Enterprise", "SMB"); a CRM's industry names the sector,
// never the size, and a rep's notes count it ("150 lawyers", "a 2 lawyer shop", "1,100 timekeepers",
// "~700 employees"). General knowledge of how a business's size is said: nothing here is taken from a
// library or an evaluation set.

/** The bounds an entry covers, in its measure: [min, max], max Infinity for "and up". */
export type SizeRange = readonly [number, number];
/** What a size is counted in: people ("150 lawyers"), homes a landlord or housing body holds or funds ("2,000 units",
 * "4,200 vouchers", "9,500 households"), or money, a lender's or fund's assets ("$1.4B", "under $300M", "250
 * million"). A taxonomy's size entries say theirs; a prospect's count is read in the same one. */
export type SizeMeasure = 'people' | 'homes' | 'money';

/** Words that say a size class in a taxonomy's label or alias. */
const SMALL = /\b(?:small|smaller|solo|micro|smb|sme|smes|soho|startups?)\b/i;
const MID = /\b(?:mid[- ]?size[d]?|mid[- ]?market|midmarket|medium(?:[- ]sized?)?|mid[- ]?tier)\b/i;
const LARGE = /\b(?:large|larger|big|enterprises?|enterprise[- ]level)\b/i;
/** A kind of business whose name begins with a size word that is not a size ("small animal", "large
 * animal", "big box", "small engine", "micro brewery", "social enterprise"): not read as sizes. */
const NOT_A_SIZE = /\b(?:(?:small|large|big|micro)[- ](?:animal|animals|box|engine|engines|loan|loans|cap|breweries|brewery|batch|arms|parcel|equipment)|social enterprises?)\b/i;

/** People a business is counted by. */
const PEOPLE =
  '(?:employees?|staff|ftes?|headcount|workers?|lawyers?|attorneys?|attys?|timekeepers?|fee[- ]earners?|solicitors?|accountants?|cpas?|advisers?|advisors?|consultants?|engineers?|developers?|physicians?|doctors?|clinicians?|providers?|dentists?|vets?|veterinarians?|nurses?|technicians?|techs?|agents?|brokers?|reps?|drivers?|teachers?|professors?|faculty|researchers?|scientists?|analysts?|mitarbeiter(?:innen)?|mitarbeitende|salari[ée]s|employ[ée]s|empleados|trabajadores|dipendenti|medewerkers|funcion[áa]rios|colaboradores)';
/** A word for the people a business is counted by ("agent", "lawyers", "Mitarbeiter"). */
const PEOPLE_WORD = new RegExp(`^${PEOPLE}$`, 'i');
/** Whether a word counts people, not sites: "agent" of "a 28-agent office", "doctor" of "a 6-doctor clinic". */
export function countsPeople(word: string): boolean {
  return PEOPLE_WORD.test(word);
}
/** A count of people: "150 lawyers", "a 2 lawyer shop", "1,100 timekeepers", "~700 staff", "10-50 employees". */
const COUNT = new RegExp(`(?<![\\w.$€£])~?(\\d{1,3}(?:[,.\\s]\\d{3})+|\\d+)(?:\\s*(?:-|–|to)\\s*(\\d{1,3}(?:[,.]\\d{3})+|\\d+))?\\+?\\s*(?:ish\\s+)?(?:[a-z]+\\s+)?${PEOPLE}\\b`, 'gi');
/** The first count a text says (COUNT without its global flag, so that it keeps no position between calls). */
const ONE_COUNT = new RegExp(COUNT.source, 'i');
/** Homes counted, in the six languages: a housing body's or landlord's units, homes, apartments, households or
 * vouchers ("310 public housing units", "4,200 vouchers", "9,500 households", "850 logements", "1.200 Wohnungen"). */
const HOMES =
  '(?:units?|homes?|apartments?|dwellings?|households?|vouchers?|doors|flats|tenancies|logements?|foyers|wohnungen|wohneinheiten|haushalte|viviendas?|hogares|alloggi|abitazioni|famiglie|woningen|huishoudens|moradias|habita[cç][õo]es|domic[ií]lios)';
/** A count of homes, with up to two words before the noun ("310 public housing units", "a 400-unit portfolio"). */
const HOMES_COUNT = new RegExp(`(?<![\\w.$€£])~?(\\d{1,3}(?:[,.\\s]\\d{3})+|\\d+)(?:\\s*(?:-|–|to)\\s*(\\d{1,3}(?:[,.]\\d{3})+|\\d+))?\\+?(?:\\s*-\\s*|\\s+)(?:ish\\s+)?(?:[\\p{L}-]+\\s+){0,2}?${HOMES}(?![\\p{L}])`, 'giu');
/** Seventieth round: homes counted after their noun and an "of" ("a voucher scheme of 3,100", "a housing stock of
 * 2,400", "ein Bestand von 900 Wohnungen" is HOMES_COUNT's): the noun, up to two words of what holds them, "of", the
 * number, in English. */
const HOMES_OF_COUNT = new RegExp(`(?<![\\p{L}])${HOMES}(?:\\s+[\\p{L}-]+){0,2}?\\s+of\\s+(?:about\\s+|around\\s+|some\\s+|~)?(\\d{1,3}(?:[,.\\s]\\d{3})+|\\d+)(?![\\d\\p{L}%])(?!\\s*-?\\s*${PEOPLE}(?![\\p{L}]))`, 'giu');
/** Sums of money of a size, with a scale (a lender's assets: "$1.4B", "$150M", "under $300M", "250 million", "2,3 Mrd.
 * €"): a sum without one ("$800 loans", "$40 a month") is a price, not a size. */
const MONEY_SCALE: [RegExp, number][] = [
  [/^(?:k|thousand|tausend|mille|mil)$/i, 1e3],
  [/^(?:m|mm|mn|mio|million|millions|millionen|millones|milioni|miljoen|milh[õo]es|milhao|milhão)$/i, 1e6],
  [/^(?:b|bn|billion|billions|mrd|milliarde?n?|milliards?|mil millones|miliardi|miliardo|miljard|bilh[õo]es|bilhão)$/i, 1e9],
];
const MONEY_COUNT =
  /(?<![\w.])(?:[$€£]\s?(\d+(?:[.,]\d+)?)\s?(k|mm|mn|m|bn|b|million|billion|mio|mrd)\b|(\d+(?:[.,]\d+)?)\s?(million|millions|billion|billions|bn|mio|mrd|millionen|milliarden|millones|mil millones|milioni|miliardi|miljoen|miljard|milh[õo]es|bilh[õo]es|milliards?)(?![\p{L}]))/giu;
/** A money count's amount: "1.8" and "1,8" as decimals, "1,250" as a thousand and more. */
const amount = (digits: string, scale: string) => {
  const n = /^\d{1,3}[.,]\d{3}$/.test(digits) ? Number(digits.replace(/[.,]/g, '')) : Number(digits.replace(',', '.'));
  return n * (MONEY_SCALE.find(([re]) => re.test(scale))?.[1] ?? 1);
};
/** The counts a text says in a measure, in order, each with its start and end. */
function countsIn(text: string, measure: SizeMeasure): { count: number; low?: number; high?: number; quote: string; index: number; end: number }[] {
  const re = measure === 'people' ? COUNT : measure === 'homes' ? HOMES_COUNT : MONEY_COUNT;
  const matches = [...text.matchAll(re)];
  if (measure === 'homes' && /\bof\b/i.test(text))
    for (const m of text.matchAll(HOMES_OF_COUNT)) if (!matches.some((x) => x.index! < m.index! + m[0].length && m.index! < x.index! + x[0].length)) matches.push(m);
  matches.sort((a, b) => a.index! - b.index!);
  return matches.map((m) => {
    const index = m.index!;
    const end = index + m[0].length;
    if (measure === 'money') {
      const count = m[1] ? amount(m[1], m[2]!) : amount(m[3]!, m[4]!);
      return { count, quote: m[0].trim(), index, end };
    }
    const a = num(m[1]!);
    return m[2] ? { count: (a + num(m[2])) / 2, low: a, high: num(m[2]), quote: m[0].trim(), index, end } : { count: a, quote: m[0].trim(), index, end };
  });
}
/** Words that correct a count said before: a figure guessed and put right ("they guessed $2.5B, she said no, more like
 * 250 million", "120 staff, no, closer to 150"). */
const CORRECTION = /\b(?:nah|no|nope|not|actually|more like|closer to|rather|really|in fact|eher|plutôt|más bien|piuttosto|eigenlijk|na verdade)\b/i;
/** A text that is only a count. */
const SIZE_VALUE = new RegExp(`^\\s*${COUNT.source}\\s*$`, 'i');
/** "solo", "sole practitioner", "one-person", "just me": a business of one. */
const ONE = /\b(?:solo|sole (?:practitioner|proprietor(?:ship)?)|one[- ](?:person|man|woman)|just me)\b/i;

const num = (s: string) => Number(s.replace(/[,.\s]/g, ''));

/** The size range a taxonomy entry's label or one of its aliases says, numbers first ("50-300 lawyers",
 * "500+ employees", "under 50 staff"), else a size word ("Small & boutique firms", "Enterprise"). Undefined
 * when it says none. `class` is 0 small, 1 mid, 2 large, for entries that only name one. */
export function sizeOfEntry(texts: readonly string[]): { range?: SizeRange; class?: 0 | 1 | 2; measure?: SizeMeasure } | undefined {
  for (const t of texts)
    for (const measure of ['people', 'homes', 'money'] as const) {
      const m = countsIn(t, measure)[0];
      if (!m) continue;
      // People, the measure most entries count in, go unsaid.
      const of = measure === 'people' ? {} : { measure };
      if (m.high !== undefined) return { range: [m.low!, m.high], ...of };
      if (/\+/.test(m.quote) || /\b(?:over|more than|above|at least)\s*$/i.test(t.slice(0, m.index))) return { range: [m.count, Infinity], ...of };
      if (/\b(?:under|fewer than|less than|below|up to)\s*$/i.test(t.slice(0, m.index))) return { range: [0, m.count], ...of };
    }
  const all = texts.join(' ; ');
  if (NOT_A_SIZE.test(all)) return undefined;
  const classes = [SMALL.test(all), MID.test(all), LARGE.test(all)];
  // An entry saying two classes ("small and mid-size") is not one size.
  if (classes.filter(Boolean).length !== 1) return undefined;
  return { class: classes.indexOf(true) as 0 | 1 | 2 };
}

/** Ranges for a taxonomy's size entries (by index): those the entries say, the size words placed around
 * them (small below the smallest number said, large above the largest), else below 50 and from 500 up. */
export function sizeRanges(sizes: ReadonlyMap<number, { range?: SizeRange; class?: 0 | 1 | 2; measure?: SizeMeasure }>): Map<number, SizeRange> {
  const out = new Map<number, SizeRange>();
  // Ranges of another measure than the taxonomy's (`measureOf`) are not compared: those entries count by their words.
  const measure = measureOf(sizes);
  sizes = new Map([...sizes].filter(([, s]) => !s.range || (s.measure ?? 'people') === measure));
  const numbered = [...sizes.values()].flatMap((s) => (s.range ? [s.range] : []));
  const low = numbered.length ? Math.min(...numbered.map((r) => r[0])) : 50;
  const high = numbered.length ? Math.max(...numbered.map((r) => r[1])) : 500;
  // A class two entries say is no one's ("Small business" and "small-fleet carriers" alike).
  const classCount = [0, 1, 2].map((k) => [...sizes.values()].filter((s) => !s.range && s.class === k).length);
  for (const [index, s] of sizes) {
    if (!s.range && classCount[s.class!]! > 1) continue;
    if (s.range) out.set(index, s.range);
    else if (s.class === 0) out.set(index, [0, low === 0 ? 0 : low - 1]);
    else if (s.class === 2) out.set(index, [high === Infinity ? Infinity : high + 1, Infinity]);
    else if (!numbered.length) out.set(index, [50, 499]);
  }
  return out;
}

/** The number of people the text says the business has ("150 lawyers", "a 2 lawyer shop", "solo"):
 * the first count said, a range's middle; undefined when none. */
export function sizeSaid(text: string | undefined, measure: SizeMeasure = 'people'): { count: number; quote: string } | undefined {
  if (!text) return undefined;
  const counts = countsIn(text, measure).filter((m) => m.count > 0 && (measure === 'money' || m.count < 1_000_000));
  // A count put right by a later one of the same measure ("guessed $2.5B ... no, more like 250 million") is the later one.
  let said = counts[0];
  for (const next of counts.slice(1)) if (said && CORRECTION.test(text.slice(said.end, next.index))) said = next;
  if (said) return { count: said.count, quote: said.quote };
  // A business of one ("solo", "one-person") is of the smallest size whatever its measure.
  const one = ONE.exec(text);
  return one ? { count: measure === 'people' ? 1 : 0, quote: one[0] } : undefined;
}

/** The measure a taxonomy's size entries count in: the one all of those that say a number say, else people. */
export function measureOf(sizes: ReadonlyMap<number, { range?: SizeRange; measure?: SizeMeasure }>): SizeMeasure {
  const said = new Set([...sizes.values()].flatMap((s) => (s.range ? [s.measure ?? 'people'] : [])));
  return said.size === 1 ? [...said][0]! : 'people';
}

/** A CRM value that is only a size ("51-200 employees", "10,000+ Mitarbeiter"): it names no kind of business. */
export function isSizeValue(text: string): boolean {
  return SIZE_VALUE.test(text);
}

/** The size classes a CRM writes in its industry or segment field, in the six languages: "SMB", "Mid-Market",
 * "Small/Medium Enterprise", "Large Enterprise", "PME", "KMU", "Mittelstand", "MKB", "PYME", "PMI", "Grandes
 * empresas". A word that is alone a size class. */
const SIZE_CLASS_WORDS =
  /^(?:smbs?|smes?|soho|mid-?market|mid-?size[ds]?|midsize[ds]?|enterprises?|startups?|start-ups?|pmes?|tpes?|etis?|pmi|pymes?|mipymes?|kmus?|mittelstand|mittelständisch(?:e[rsn]?)?|gro(?:ß|ss)unternehmen|kleinunternehmen|kleinstunternehmen|mkb|grootbedrijf|kleinbedrijf|microempresas?|microimprese|microentreprises?)$/;
/** Words that say a size only beside a word for a business ("Small Business", "Medium Enterprise", "Grande
 * entreprise", "piccole e medie imprese"): "Media" alone is an industry. */
const SIZE_ADJECTIVES =
  /^(?:small|smaller|medium|mid|large|larger|big|micro|petites?|moyennes?|grandes?|grands?|kleine?[rsn]?|mittlere?[rsn]?|gro(?:ß|ss)e?[rsn]?|pequeñ[ao]s?|pequen[ao]s?|median[ao]s?|gran|piccol[aeio]|medie|grandi|middelgrote?|grote?|klein|pequena|pequenas|médias?|sized?)$/;
/** Words for a business that a size class goes with. */
const BUSINESS_WORDS =
  /^(?:business(?:es)?|markets?|compan(?:y|ies)|firms?|enterprises?|organi[sz]ations?|accounts?|entreprises?|comptes?|unternehmen|betriebe?|firmen|empresas?|negocios?|imprese|impresa|aziende|azienda|bedrijf|bedrijven|ondernemingen|onderneming|companhias?|neg[oó]cios)$/;
/** Words that join the others: "Small & Medium", "piccole e medie", "petites et moyennes". */
const JOINERS = /^(?:and|or|et|und|y|e|en|of|de|du|des|di)$/;

/** A CRM value that says only a size class of business ("Small/Medium Enterprise", "SMB", "Mid-Market",
 * "KMU", "Petites et moyennes entreprises"): it names no kind of business. */
export function isSizeClassValue(text: string): boolean {
  const said = text.toLowerCase().match(/[\p{L}]+(?:-[\p{L}]+)*/gu) ?? [];
  if (!said.length) return false;
  let size = false;
  let business = false;
  for (const w of said) {
    if (SIZE_CLASS_WORDS.test(w)) size = business = true;
    else if (SIZE_ADJECTIVES.test(w)) size = true;
    else if (BUSINESS_WORDS.test(w)) business = true;
    else if (!JOINERS.test(w)) return false;
  }
  return size && business;
}
