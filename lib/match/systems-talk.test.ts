// Systems that do not talk to each other, are not integrated or have no interface, said in each language's everyday
// words ("ne se parlent pas", "reden nicht miteinander", "keine Schnittstelle", "non dialogano", "praten niet met
// elkaar", "não falam entre si", "no se hablan"): the silos topic's "dont talk", "not integrated" and "no interface",
// which the knowledge read only in English (fifty-fifth round). Invented vendor: management software for bicycle
// repair workshops.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'silos', label: 'Disconnected systems', aliases: ['multiple systems'] },
    { id: 'parts', label: 'Spare parts running out', aliases: ['stock-outs'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('systems that do not talk to each other, in six languages', () => {
  it('reads the systems not talking to each other', () => {
    expect(pains("La caisse et l'agenda des réparations ne se parlent pas.")).toEqual(['silos']);
    expect(pains('Kasse und Werkstattplaner reden nicht miteinander.')).toEqual(['silos']);
    expect(pains('La caja y la agenda del taller no se hablan.')).toEqual(['silos']);
    expect(pains('Cassa e agenda delle riparazioni non dialogano.')).toEqual(['silos']);
    expect(pains('De kassa en de werkplaatsplanning praten niet met elkaar.')).toEqual(['silos']);
    expect(pains('A caixa e a agenda da oficina não falam entre si.')).toEqual(['silos']);
  });
  it('reads systems not integrated or without an interface', () => {
    expect(pains('Kasse und Werkstattplaner sind nicht integriert.')).toEqual(['silos']);
    expect(pains('Il gestionale e la cassa non sono integrati.')).toEqual(['silos']);
    expect(pains('De kassa is niet gekoppeld aan de werkplaatsplanning.')).toEqual(['silos']);
  });
  it('reads nothing where nothing is said to be apart', () => {
    expect(pains('Kasse und Werkstattplaner laufen seit Jahren in einem Programm.')).toEqual([]);
  });
});
