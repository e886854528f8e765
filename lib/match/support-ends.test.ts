// A system whose support ends, said as where it goes ("went off support", "out of support") or as the support ending
// ("support ends next spring"), and the six languages' "der Support endet", "le support prend fin", "el soporte
// termina", "il supporto termina", "de support loopt af", "o suporte termina": the legacy topic (fifty-eighth round).
// Invented vendor: route planning for school bus operators.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'old-routing', label: 'Legacy routing software', aliases: ['outdated routing tool', 'end-of-life system'] },
    { id: 'driver-gaps', label: 'Driver shortages', aliases: ['not enough drivers'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('a system whose support ends', () => {
  it('reads support said to go off, to be out, or to end', () => {
    expect(pains('Their routing box went off support at the end of March.')).toEqual(['old-routing']);
    expect(pains('The routing software has been out of support since last winter.')).toEqual(['old-routing']);
    expect(pains('The routing software support ends in May.')).toEqual(['old-routing']);
  });
  it('reads the support ending in the six languages', () => {
    expect(pains('Für die Routing-Software: der Support endet im Herbst.')).toEqual(['old-routing']);
    expect(pains("Logiciel de tournées : le support prend fin à l'automne.")).toEqual(['old-routing']);
    expect(pains('Software de rutas: el soporte termina en otoño.')).toEqual(['old-routing']);
    expect(pains('Software di routing: il supporto termina in autunno.')).toEqual(['old-routing']);
    expect(pains('Software van de routes: de support loopt af in het najaar.')).toEqual(['old-routing']);
    expect(pains('Software de routing: o suporte termina no outono.')).toEqual(['old-routing']);
  });
  it('reads no legacy pain from support that is fine', () => {
    expect(pains('Support from the vendor of the routing software has been quick and friendly.')).toEqual([]);
    expect(pains('Software di routing: il supporto è ottimo.')).toEqual([]);
  });
});

describe('a system whose support ends, said verb first (review mend)', () => {
  it('reads the verb-first order of German and the Romance languages, and French "se termine"', () => {
    expect(pains('Routing-Software: im Frühjahr endet der Support.')).toEqual(['old-routing']);
    expect(pains('Software de rutas: en marzo termina el soporte.')).toEqual(['old-routing']);
    expect(pains('Software di routing: a marzo termina il supporto.')).toEqual(['old-routing']);
    expect(pains('Software de routing: em março termina o suporte.')).toEqual(['old-routing']);
    expect(pains('Logiciel de tournées : le support se termine en mars.')).toEqual(['old-routing']);
  });
  it('reads no legacy pain from support hours said verb first', () => {
    expect(pains('Beim Hersteller endet der Support um 18 Uhr.')).toEqual([]);
  });
});
