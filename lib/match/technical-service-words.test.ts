// A maker's technical service in the Romance languages ("servicio técnico", "asistencia técnica", "assistenza tecnica",
// "assistência técnica") and the Spanish "SAT" (servicio de asistencia técnica): the field service of its engineers,
// not a help desk's technical support. The taxonomy and titles here are made up for the tests.
import { describe, expect, it } from 'vitest';
import { personasOf, sortedResolverFor } from '../../tests/persona-taxonomy';

describe("a maker's technical service in a Romance title", () => {
  // An invented vendor of visit planning for builders of bakery ovens.
  const ovens = sortedResolverFor(
    personasOf([
      ['service-chief', 'Customer support director', ['Customer care head', 'Support director']],
      ['field', 'Technical service lead', ['Technical service head', 'Field engineer supervisor']],
      ['owner', 'Company owner', ['Owner', 'Managing director']],
    ]),
  );
  it('reads the technical service in Spanish, Italian and Portuguese', () => {
    expect(ovens('Jefa de Servicio Técnico Norte')).toEqual(['field']);
    expect(ovens('Responsabile Assistenza Tecnica Forni')).toEqual(['field']);
    expect(ovens('Coordenadora de Assistência Técnica')).toEqual(['field']);
    expect(ovens('Encargado de Asistencia Técnica')).toEqual(['field']);
  });
  it('reads the Spanish "SAT" beside a Spanish title word, not beside a word of tax', () => {
    expect(ovens('Jefa del SAT Levante')).toEqual(['field']);
    expect(ovens('Jefe de SAT fiscal')).toEqual([]);
  });
  it('reads no technical service in "SAT" beside the tax authority\'s work or the English test', () => {
    expect(ovens('Coordinadora de cumplimiento SAT')).toEqual([]);
    expect(ovens('Responsable de Declaraciones ante el SAT')).toEqual([]);
    expect(ovens('Gerente de nómina SAT')).toEqual([]);
    expect(ovens('Director SAT Prep Courses')).toEqual([]);
    expect(ovens('Responsable del SAT Centro')).toEqual(['field']);
  });
  it('reads the head of a technical service as that, not as the head of a hospital service', () => {
    // An invented vendor whose persona names the technical service's manager, not a head.
    const kilns = sortedResolverFor(
      personasOf([
        ['tsm', 'Technical service manager', ['Field service manager']],
        ['ward', 'Head of department', ['Head physician']],
      ]),
    );
    expect(kilns('Jefa de Servicio Técnico')).toEqual(['tsm']);
    expect(kilns('Diretora de Serviço Técnico')).toEqual(['tsm']);
    expect(kilns('Diretor do serviço técnico')).toEqual(['tsm']);
  });
});

