// Review mends of the fifty-fifth round's phrases for systems that do not talk to each other (NOTE_PHRASES): an
// integration said not to be needed is a requirement's clause in every language, as "no integration needed" is in
// English; a lack said as part of "not integrated" is the link's, not a lack of the system it links to; and the
// singular and feminine forms are read as the listed ones are. Invented vendor: management software for bicycle
// repair workshops.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'silos', label: 'Disconnected systems', aliases: ['multiple systems'] },
    { id: 'noshows', label: 'Missed repair appointments', aliases: ['no-shows', 'cancellations'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('systems that do not talk: review mends', () => {
  it('reads no pain in an integration said not to be needed, as in English', () => {
    expect(pains('The workshop runs one suite for bikes and till, so no integration needed.')).toEqual([]);
    expect(pains('De werkplaats draait alles in één suite, dus geen koppeling nodig.')).toEqual([]);
    expect(pains("Non c'è bisogno di integrazione per l'officina, usano un solo programma.")).toEqual([]);
    expect(pains('O gerente diz que não precisa de integração: um só programa faz tudo.')).toEqual([]);
    expect(pains('Für die Werkstatt ist keine Integration nötig.')).toEqual([]);
  });
  it('reads only the missing link, not a lack of the system it links to', () => {
    expect(pains('De kassa heeft geen koppeling met de planning van de werkplaats.')).toEqual(['silos']);
    expect(pains("La caisse de l'atelier n'est pas intégrée avec le planning.")).toEqual(['silos']);
    expect(pains('The workshop till is not integrated with the schedule.')).toEqual(['silos']);
  });
  it('reads the singular and feminine forms', () => {
    expect(pains('La caja del taller no está integrada con la agenda de reparaciones.')).toEqual(['silos']);
    expect(pains('A caixa da oficina não está integrada com a agenda.')).toEqual(['silos']);
    expect(pains("Les deux applications de l'atelier ne communiquent pas entre elles.")).toEqual(['silos']);
    expect(pains('Los dos programas del taller no se comunican.')).toEqual(['silos']);
    expect(pains("Le due app dell'officina non comunicano tra di loro.")).toEqual(['silos']);
    expect(pains('Kasse und Werkstattplaner sind nicht miteinander verbunden.')).toEqual(['silos']);
  });
});
