// Segments by size. Many vendors cut their market by how big a customer is ("Small & boutique firms",
// "Mid-size firms" with an alias "50-300 lawyers", "Enterprise", "SMB"); a CRM's industry names the sector,
// never the size, and a rep's notes count it ("150 lawyers", "a 2 lawyer shop", "1,100 timekeepers",
// "~700 employees"). General knowledge of how a business's size is said: nothing here is taken from a
// library or an evaluation set.

/** The bounds an entry covers, people counted: [min, max], max Infinity for "and up". */
export type SizeRange = readonly [number, number];

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
/** A text that is only a count. */
const SIZE_VALUE = new RegExp(`^\\s*${COUNT.source}\\s*$`, 'i');
/** "solo", "sole practitioner", "one-person", "just me": a business of one. */
const ONE = /\b(?:solo|sole (?:practitioner|proprietor(?:ship)?)|one[- ](?:person|man|woman)|just me)\b/i;

const num = (s: string) => Number(s.replace(/[,.\s]/g, ''));

/** The size range a taxonomy entry's label or one of its aliases says, numbers first ("50-300 lawyers",
 * "500+ employees", "under 50 staff"), else a size word ("Small & boutique firms", "Enterprise"). Undefined
 * when it says none. `class` is 0 small, 1 mid, 2 large, for entries that only name one. */
export function sizeOfEntry(texts: readonly string[]): { range?: SizeRange; class?: 0 | 1 | 2 } | undefined {
  for (const t of texts) {
    const m = ONE_COUNT.exec(t);
    if (m) {
      const a = num(m[1]!);
      if (m[2]) return { range: [a, num(m[2])] };
      if (/\+/.test(m[0]) || /\b(?:over|more than|above|at least)\s*$/i.test(t.slice(0, m.index))) return { range: [a, Infinity] };
      if (/\b(?:under|fewer than|less than|below|up to)\s*$/i.test(t.slice(0, m.index))) return { range: [0, a] };
    }
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
export function sizeRanges(sizes: ReadonlyMap<number, { range?: SizeRange; class?: 0 | 1 | 2 }>): Map<number, SizeRange> {
  const out = new Map<number, SizeRange>();
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
export function sizeSaid(text: string | undefined): { count: number; quote: string } | undefined {
  if (!text) return undefined;
  for (const m of text.matchAll(COUNT)) {
    const a = num(m[1]!);
    const count = m[2] ? (a + num(m[2])) / 2 : a;
    if (count > 0 && count < 1_000_000) return { count, quote: m[0].trim() };
  }
  const one = ONE.exec(text);
  return one ? { count: 1, quote: one[0] } : undefined;
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
