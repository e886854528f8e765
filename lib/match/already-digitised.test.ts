// A thing already digitised, in English and the six languages (sixtieth round): "already digitised", "bereits
// digitalisiert", "déjà numérisé", "ya digitalizado", "già digitalizzato", "al gedigitaliseerd", "já digitalizado".
// The clause reads no pain of paper or outdated records; a sentence that says the paper still hurts does.
// Invented vendor: records software for chains of piano tuners and repairers.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [{ id: 'cards', label: 'Paper service cards', aliases: ['paper service cards', 'service cards', 'tuning records'] }],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('a thing already digitised', () => {
  it('reads no pain in the clause that says it', () => {
    for (const note of [
      'The paper service cards of the tuners were already digitised last winter by a student.',
      'Die Service Cards der Stimmer haben sie letzten Winter bereits digitalisiert.',
      'Les service cards des accordeurs sont déjà numérisées depuis cet hiver.',
      'Las service cards de los afinadores ya digitalizadas el invierno pasado.',
      "Le service cards degli accordatori le hanno già digitalizzate l'inverno scorso.",
      'De service cards van de stemmers zijn vorige winter al gedigitaliseerd.',
      'As service cards dos afinadores já digitalizadas no inverno passado.',
    ])
      expect(pains(note), note).not.toContain('cards');
    expect(pains('The paper service cards of the tuners get lost every month.')).toContain('cards');
  });
});
