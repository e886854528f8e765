// Titles in six languages that name a unit, a grade, a trade or what the holder looks after rather than a function: a
// public body's section and department heads, the Iberian "Técnico Superior" grade, child protection, the welfare
// centres' initials, the social educators, local elected members, a paper mill's tour boss, fleets, wealth, wine tourism,
// cellar masters and forest managers. The taxonomies and titles here are made up for the tests.
import { describe, expect, it } from 'vitest';
import { personasOf, sortedResolverFor } from '../../tests/persona-taxonomy';

describe('social services titles in six languages', () => {
  // An invented vendor of visit-planning software for welfare offices.
  const welfare = sortedResolverFor(
    personasOf([
      ['heads', 'Welfare leadership', ['Social Care Director', 'Head of Department']],
      ['leads', 'Section leads', ['Team Leader', 'Unit Supervisor']],
      ['workers', 'Social worker', ['Social Worker', 'Caseworker']],
      ['members', 'Elected member', ['Councillor', 'Alderman']],
      ['systems', 'Applications', ['Application Manager', 'IT Manager']],
      ['privacy', 'Data protection', ['Data Protection Officer']],
    ]),
  );
  it('reads a German section head as a team leader and a department head as the head', () => {
    expect(welfare('Sachgebietsleiter Eingliederungshilfe')).toEqual(['leads']);
    expect(welfare('Fachbereichsleiterin Jugend und Familie')).toEqual(['heads']);
  });
  it('reads a Spanish public body\'s section and desk heads as team leaders, child protection not as data protection', () => {
    expect(welfare('Jefe de Negociado de Dependencia')).toEqual(['leads']);
    expect(welfare('Jefa de Sección de Protección de la Infancia')).toEqual(['leads']);
  });
  it('reads the welfare centres by their initials', () => {
    expect(welfare('Directeur adjoint CIAS')).toEqual(['heads']);
  });
  it('reads the Iberian Técnico Superior as a grade, not a superior\'s rank', () => {
    // A guard: read so before too.
    expect(welfare('Técnico Superior de Trabajo Social')).toEqual(['workers']);
    // An invented vendor of archive software for religious orders, whose superiors are a persona.
    const orders = sortedResolverFor(
      personasOf([
        ['superiors', 'Religious superior', ['Superior General', 'Mother Superior', 'Provincial Superior']],
        ['staff', 'Laboratory technician', ['Laboratory Technician', 'Lab Technician']],
      ]),
    );
    expect(orders('Técnico Superior')).toEqual([]);
    expect(orders('Técnica Superior de Laboratório')).toEqual(['staff']);
  });
  it('reads the social educators as social workers', () => {
    // Whole titles as a rep meets them, not the table's keys alone.
    expect(welfare('Educadora Social - Centro de Día Los Almendrales')).toEqual(['workers']);
    expect(welfare('Educatore professionale presso comunità alloggio')).toEqual(['workers']);
    expect(welfare('Trabalhador Social, Gabinete de Ação Social')).toEqual(['workers']);
  });
  it('reads local elected members in their languages', () => {
    expect(welfare('Stadträtin, Ausschuss Soziales')).toEqual(['members']);
    expect(welfare('Schepen van Sociale Zaken')).toEqual(['members']);
    expect(welfare('Assessora ai servizi sociali')).toEqual(['members']);
    expect(welfare('Beigeordneter für Ordnung')).toEqual(['members']);
  });
  it('reads the Dutch functioneel beheerder as an application manager', () => {
    expect(welfare('Functioneel beheerder zaaksysteem')).toEqual(['systems']);
  });
  it('leaves data protection and a social worker as they were (guards)', () => {
    expect(welfare('Delegado de Protección de Datos')).toEqual(['privacy']);
    expect(welfare('Sozialpädagoge im Jugendhaus')).toEqual(['workers']);
  });
});

describe('a paper mill\'s tour boss', () => {
  // An invented vendor of shift logs for board mills.
  const mill = sortedResolverFor(
    personasOf([
      ['shift', 'Shift crew leads', ['Shift Supervisor', 'Shift Foreman']],
      ['production', 'Production', ['Production Manager', 'Mill Superintendent']],
    ]),
  );
  it('reads the tour boss as the shift\'s boss', () => {
    expect(mill('Tour Boss, PM5')).toEqual(['shift']);
  });
});

describe('trades said by what they look after', () => {
  // An invented vendor of bookings software for country estates.
  const estate = sortedResolverFor(
    personasOf([
      ['fleet', 'Fleet', ['Fleet Manager']],
      ['wealth', 'Wealth advice', ['Wealth Manager', 'Portfolio Adviser']],
      ['visits', 'Visitor sales', ['Wine Tourism Manager', 'Visitor Centre Manager']],
      ['cellar', 'Winemaking', ['Winemaker', 'Cellar Master']],
      ['forest', 'Forestry', ['Forest Manager']],
    ]),
  );
  it('reads fleets, wealth and wine tourism in their languages', () => {
    expect(estate('Encargado del parque móvil')).toEqual(['fleet']);
    expect(estate('Responsabile parco mezzi')).toEqual(['fleet']);
    // Wealth where the title says whose: a private or financial estate (a town's or a landlord's property is no one's
    // wealth: review-mends-a2.test.ts).
    expect(estate('Gestora de Patrimonio Privado')).toEqual(['wealth']);
    expect(estate('Gestionnaire de patrimoine privé, banque coopérative')).toEqual(['wealth']);
    expect(estate('Responsable oenotourisme')).toEqual(['visits']);
  });
  it('reads the Portuguese cellar master and the head of a German forest enterprise', () => {
    expect(estate('Adegueira-chefe, Quinta do Vale Escuro')).toEqual(['cellar']);
    expect(estate('Forstbetriebsleitung Nord')).toEqual(['forest']);
  });
});
