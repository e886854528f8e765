// Persona-only taxonomies for the title tests: invented personas as [id, label, aliases], and a reader of the personas
// a title resolves to against one of them.
import type { Taxonomy } from '../lib/model';
import { compileTaxonomy, contextOf, resolveProspect } from '../lib/match';

export const personasOf = (personas: [string, string, string[]][]): Taxonomy => ({
  personas: personas.map(([id, label, aliases]) => ({ id, label, aliases })),
  industries: [],
  painPoints: [],
});

/** The persona ids a title alone reads, in the order the matcher gives them. */
export const resolverFor = (taxonomy: Taxonomy) => {
  const compiled = compileTaxonomy(taxonomy);
  return (title: string) => contextOf(resolveProspect({ title }, compiled)).personas;
};

/** The persona ids a title alone reads, sorted (for tests of which, not of their order). */
export const sortedResolverFor = (taxonomy: Taxonomy) => {
  const read = resolverFor(taxonomy);
  return (title: string) => read(title).sort();
};
