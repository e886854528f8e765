// A line that opens on a profile's label for a headline, a company description or a contact ("Headline: ...",
// "Company description: ...", "Kontakt: ...") says who the person or the company is: its words name no pain through
// the library's content. A line after it is read as any is (fifty-second round). Invented vendor: software for clock
// repair workshops.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const asset = (id: string, title: string, painPoints: string[]) => ({ id, title, painPoints, industries: [], personas: [] });
const workshops = compileTaxonomy(
  {
    personas: [{ id: 'owner', label: 'Workshop owner', aliases: [] }],
    industries: [],
    painPoints: [
      { id: 'chime-trains', label: 'Worn chime trains', aliases: [] },
      { id: 'bob-tarnish', label: 'Tarnished pendulum bobs', aliases: [] },
    ],
  } satisfies Taxonomy,
  [
    asset('a1', 'Chime hammers, barrels and fusee chains rebuilt', ['chime-trains']),
    asset('a2', 'Fusee chains and chime barrels: a bench guide', ['chime-trains']),
    asset('a3', 'Pendulum bobs, lacquer and brass polish', ['bob-tarnish']),
  ] as never,
);
const read = (notes: string) => contextOf(resolveProspect({ title: 'Owner', notes }, workshops)).painPoints;

describe('a profile label', () => {
  it('names no pain from a headline, a company description or a contact line', () => {
    expect(read('Headline: Clockmaker | fusee chains, chime hammers and barrels')).toEqual([]);
    expect(read('Company description: Fusee chains, chime hammers and barrels for longcase clocks.')).toEqual([]);
    expect(read('Kontakt: Fusee chains, chime hammers and barrels, Werkstatt Nord')).toEqual([]);
  });
  it('still reads the same words said plainly, and on the line after the label', () => {
    expect(read('Fusee chains, chime hammers and barrels for longcase clocks.')).toEqual(['chime-trains']);
    expect(read('Headline: Clockmaker and restorer\nFusee chains, chime hammers and barrels for longcase clocks.')).toEqual(['chime-trains']);
  });
  it('reads a contact line that logs what the contact said; sets aside only a contact card', () => {
    expect(read('Contact: says fusee chains keep snapping and the chime hammers and barrels are worn out.')).toEqual(['chime-trains']);
    expect(read('Contact: Jo Lane, owner - fusee chains keep snapping and the chime hammers and barrels are worn out')).toEqual(['chime-trains']);
    expect(read('Kontakt: Telefonat mit Jo, fusee chains keep snapping and the chime hammers and barrels are worn out.')).toEqual(['chime-trains']);
    expect(read('> Contact: fusee chains keep snapping and the chime hammers and barrels are worn out.')).toEqual(['chime-trains']);
    expect(read('Contact: Jo Lane, fusee chains | +44 20 7946 0000 | jo@chimes.example')).toEqual([]);
  });
  it('knows the French and Italian description labels with either apostrophe', () => {
    expect(read("Description de l'entreprise: fusee chains, chime hammers and barrels.")).toEqual([]);
    expect(read('Description de l’entreprise: fusee chains, chime hammers and barrels.')).toEqual([]);
    expect(read('Descrizione dell’azienda: fusee chains, chime hammers and barrels.')).toEqual([]);
  });
});
