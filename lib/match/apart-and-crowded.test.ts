// Sixty-eighth round: records kept apart said in six languages (separate spreadsheets, different programs or tools, a
// system of its own) read as scattered records; matches crowded into few days or two a week, in seven languages, read as
// fixture congestion; a question to the vendor from a prospect content with what it has read as no pain; a coach and a data
// leak in the Romance languages; the injured and a soft-tissue injury by its own name. Invented vendor (Kestrelvane,
// squad software for rowing crews and cycling teams) and invented records.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const kestrelvane: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'scattered-records', label: 'Scattered squad records', aliases: ['squad silos'] },
    { id: 'race-calendar', label: 'Race calendar congestion', aliases: ['congested calendar'] },
    { id: 'boat-upkeep', label: 'Boat and bike upkeep', aliases: ['repairs'] },
    { id: 'coach-adoption', label: 'Coach adoption of data', aliases: ['coach reporting'] },
    { id: 'health-data', label: 'Rider health data privacy', aliases: ['GDPR'] },
    { id: 'rider-injuries', label: 'Rider injury rates', aliases: ['rider crash log'] },
  ],
};
const compiled = compileTaxonomy(kestrelvane);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, compiled)).painPoints;

describe('records kept apart, in six languages', () => {
  it('German and Dutch "separate" before the noun', () => {
    expect(pains('Die Ruderärztin und der Bootsmann pflegen getrennte Tabellen für jede Ruderin.')).toContain('scattered-records');
    expect(pains('De coaches van de roeiploeg houden aparte spreadsheets bij per boot.')).toContain('scattered-records');
    expect(pains('Die Radsportler nutzen unterschiedliche Programme für Watt und Puls.')).toContain('scattered-records');
  });
  it('the Romance "different" or "separate" after the noun', () => {
    expect(pains('Cada director deportivo del equipo ciclista usa herramientas distintas para los vatios.')).toContain('scattered-records');
    expect(pains("Les mécaniciens de l'équipe cycliste notent tout dans des outils séparés.")).toContain('scattered-records');
    expect(pains('Os treinadores de remo usam planilhas separadas para cada tripulação.')).toContain('scattered-records');
  });
  it('a system of its own', () => {
    expect(pains('Jede Ruderriege führt ihr eigenes System für die Ergometerwerte.')).toContain('scattered-records');
  });
  it('"different" said of something else reads nothing', () => {
    expect(pains('Die Ruderinnen trainieren an verschiedenen Tagen im Bootshaus.')).not.toContain('scattered-records');
  });
});

describe('matches crowded into few days', () => {
  it('so many in so many days, in words or digits', () => {
    expect(pains('Vier Spiele in zehn Tagen vor dem Finale, die Radfahrerinnen sind leer.')).toContain('race-calendar');
    expect(pains('The crew rows 3 fixtures in 7 days at the regatta series.')).toContain('race-calendar');
  });
  it('two or more a week', () => {
    expect(pains('Due gare a settimana fino alla fine della stagione ciclistica.')).toContain('race-calendar');
  });
  it('a match every week or more days between them is no congestion', () => {
    expect(pains('Two matches in twelve days this month for the rowing eight.')).not.toContain('race-calendar');
  });
});

describe('a question to the vendor from a prospect content with what it has', () => {
  it('says what the product must do, not a pain', () => {
    expect(pains('Happy with the rowing app they have; asks whether you can integrate the ergometers.')).not.toContain('scattered-records');
    expect(pains('Blij met het fietsplatform; vraagt of jullie een integratie met de vermogensmeters hebben.')).not.toContain('scattered-records');
  });
  it('asked with no contentment said, the topic asked about is still read', () => {
    expect(pains('Asks whether you integrate the ergometers in the boathouse.')).toContain('scattered-records');
  });
});

describe('a coach and a data leak in the Romance languages', () => {
  it('the coach', () => {
    expect(pains('El entrenador del equipo ciclista nunca mira los números de potencia.')).toContain('coach-adoption');
  });
  it('a data leak', () => {
    expect(pains('Os exames dos ciclistas circulam por email; a equipa médica teme a fuga de dados.')).toContain('health-data');
    expect(pains("Le médecin de l'équipe craint une fuite de données sur les analyses des coureurs.")).toContain('health-data');
  });
});

describe('the injured and a soft-tissue injury by its own name', () => {
  it('in English and the six languages', () => {
    expect(pains('Two riders sprained an ankle on the cobbles.')).toContain('rider-injuries');
    expect(pains('Drei Zerrungen bei den Ruderinnen seit dem Trainingslager.')).toContain('rider-injuries');
    expect(pains('Tre ciclisti infortunati dopo la tappa di montagna.')).toContain('rider-injuries');
  });
  it('"strain" alone is no injury', () => {
    expect(pains('The strain on the rowing coaches before the regatta is big.')).not.toContain('rider-injuries');
  });
});
