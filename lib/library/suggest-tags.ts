// Tags the editor suggests for an asset, read from its title, description and address by the same
// resolver that reads prospects: "What your CFO wants to hear" suggests the finance persona.
import type { CompiledTaxonomy } from '../match';
import { industryMatches, resolvePains, resolvePersonas } from '../match/resolve';
import type { TaxonomyKind } from '../model';

export interface TagSuggestion {
  kind: TaxonomyKind;
  id: string;
  label: string;
  /** The words that suggested it. */
  because: string;
}

/** "/resources/webinars/ap-automation-for-hospitals" -> "resources webinars ap automation for hospitals" */
function urlWords(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname).replace(/[-_/.]+/g, ' ').trim();
  } catch {
    return '';
  }
}

export function suggestTags(draft: { title: string; description: string; url: string }, compiled: CompiledTaxonomy): TagSuggestion[] {
  const text = [draft.title, draft.description, urlWords(draft.url)].filter(Boolean).join('. ');
  if (!text.trim()) return [];
  const out: TagSuggestion[] = [];
  const seen = new Set<string>();
  const add = (kind: TaxonomyKind, list: { id: string; label: string; evidence: { quote: string } }[]) => {
    for (const r of list) {
      if (seen.has(`${kind}:${r.id}`)) continue;
      seen.add(`${kind}:${r.id}`);
      out.push({ kind, id: r.id, label: r.label, because: r.evidence.quote });
    }
  };
  // Titles name who content is for ("a CFO's guide"); each phrase is tried as a job title would be.
  for (const part of [draft.title, ...draft.title.split(/[:,;|–—-]/)]) add('personas', resolvePersonas(part, compiled));
  add('industries', industryMatches(text, 'industry', compiled, false));
  add('painPoints', resolvePains(text, compiled));
  return out;
}
