// A customer story about the prospect's own company ("How Pinecrest Health Partners cut its backlog" for a
// contact at Pinecrest Health Partners) is one the rep should not send them unawares: it is their own
// story. It keeps its place (it fits them best, and an existing customer's own results are worth recalling
// to them), and its first reason says so.
import { isStopword, normalise } from './text';

/** Legal forms and articles that say nothing about which company it is. */
export const LEGAL_FORMS = new Set(['inc', 'llc', 'ltd', 'limited', 'gmbh', 'corp', 'corporation', 'co', 'plc', 'sa', 'ag', 'bv', 'nv', 'srl', 'spa', 'sas', 'the']);

/**
 * The words by which a title names the company: its words up to the second that is not a function word
 * (without legal forms and articles: "City of Millbrook", "Pinecrest Health"), or its one word when it has
 * one of at least four letters; undefined when the name is too short to tell ("AB", "The Co").
 */
export function companyKey(company: string | undefined): string | undefined {
  if (!company) return undefined;
  const words = normalise(company)
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !LEGAL_FORMS.has(w));
  // Up to the second word that is not a function word: "City of Millbrook", not "City of".
  const key: string[] = [];
  let content = 0;
  for (const w of words) {
    if (content === 0 && isStopword(w)) continue;
    key.push(w);
    if (!isStopword(w) && ++content === 2) break;
  }
  if (content === 0) return undefined;
  if (content === 1) return key.length === 1 && key[0]!.length >= 4 ? key[0] : undefined;
  return key.join(' ');
}

/** Whether an asset's title names the company (its key, as whole words). */
export function namesCompany(title: string, key: string): boolean {
  return ` ${normalise(title).split(/[^a-z0-9]+/).filter(Boolean).join(' ')} `.includes(` ${key} `);
}
