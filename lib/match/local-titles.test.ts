// Local titles and abbreviations of the six languages, a care home's head, part-time staff whose role a persona
// names, and a degree's candidates. Taxonomies and titles here are made up for the tests.
import { describe, expect, it } from 'vitest';
import { personasOf, sortedResolverFor } from '../../tests/persona-taxonomy';

describe('local titles and abbreviations of the six languages', () => {
  // An invented maker of glass conservatories, which its own crews fit at the customer's house.
  const glasshouses = sortedResolverFor(
    personasOf([
      ['boss', 'Conservatory firm head', ['Founder-owner', 'Company principal']],
      ['orders', 'Order desk & selling', ['Head of sales administration', 'Order desk clerk']],
      ['fitting', 'Fitting crews', ['Fitting and installation head', 'Crew installer lead']],
    ]),
  );
  it('reads the sole director of an Italian, Spanish or Portuguese company as its managing director', () => {
    expect(glasshouses('Amministratore unico')).toEqual(['boss']);
    expect(glasshouses('Administradora única')).toEqual(['boss']);
  });
  it('reads French "ADV" as the sales administration', () => {
    expect(glasshouses("Responsable de l'ADV")).toEqual(['orders']);
    expect(glasshouses('Chargée ADV export')).toEqual(['orders']);
  });
  it('reads the joint directors of a Spanish company as its managing directors', () => {
    expect(glasshouses('Administradora solidaria')).toEqual(['boss']);
    expect(glasshouses('Administradores mancomunados')).toEqual(['boss']);
  });
  it('reads "Montage" as the fitting of what the firm makes, in German, French and Dutch', () => {
    expect(glasshouses('Leiterin Montage')).toEqual(['fitting']);
    expect(glasshouses('Montageleiter')).toEqual(['fitting']);
    expect(glasshouses('Chef de montage')).toEqual(['fitting']);
    expect(glasshouses('Hoofd montage')).toEqual(['fitting']);
  });
});

describe('the head of a care home', () => {
  // An invented vendor of rota software for hospices and homes for the elderly.
  const rotas = sortedResolverFor(
    personasOf([
      ['home', 'Residence head', ['Home administrator']],
      ['nursing', 'Clinical nursing head', ['Nursing director', 'Nursing chief']],
    ]),
  );
  it("reads the director of a nursing or care home as the home's head, not nursing's", () => {
    expect(rotas('Nursing Home Administrator')).toEqual(['home']);
    expect(rotas('Care Home Manager')).toEqual(['home']);
    expect(rotas("Directeur d'EHPAD")).toEqual(['home']);
    expect(rotas('Directora de residencia de mayores')).toEqual(['home']);
  });
  it('still reads the head of nursing as nursing', () => {
    expect(rotas('Nursing Director')).toEqual(['nursing']);
    expect(rotas('Directrice des soins')).toEqual(['nursing']);
  });
});

describe('part-time staff and students', () => {
  // An invented vendor of booking software for dance schools.
  const dance = sortedResolverFor(
    personasOf([
      ['money', 'Payroll & finance', ['Payroll clerk', 'Finance chief']],
      ['school', 'Dance school head', ['Founder-owner']],
    ]),
  );
  it('keeps a part-time worker whose own role the persona names beside its senior ones', () => {
    expect(dance('Payroll clerk (part-time)')).toEqual(['money']);
  });
  it("reads no persona for a degree's candidate", () => {
    expect(dance('PhD Candidate, Dance Studies')).toEqual([]);
    expect(dance('MSc Candidate in Accounting')).toEqual([]);
  });
});

describe('"ADV" and "Montage" read only where they mean the sales office and the fitting', () => {
  // An invented private bank with nurses on its health plan's staff and an order desk for its printed guides.
  const bank = sortedResolverFor(
    personasOf([
      ['advice', 'Private client advisers', ['Wealth Advisor', 'Retirement Advisor']],
      ['apn', 'Advanced nurse practitioners', ['Advanced Practice Nurse']],
      ['orders', 'Order desk', ['Sales administration lead', 'Order desk clerk']],
    ]),
  );
  it('reads "Adv." as the taxonomy spells it, and "ADV" as the sales office only in capitals beside a French title word', () => {
    expect(bank('Retirement Adv.')).toEqual(['advice']);
    expect(bank('Adv. Practice Nurse')).toEqual(['apn']);
    expect(bank('ADV Filing Specialist')).toEqual([]);
    expect(bank('Gestionnaire ADV')).toEqual(['orders']);
  });
  // An invented maker of trade-show films that also fits its screens on the stands.
  const films = sortedResolverFor(
    personasOf([
      ['post', 'Picture finishing', ['Video Editor', 'Head of post-production']],
      ['fit', 'Stand fitters', ['Installation chief', 'Screen fitter']],
    ]),
  );
  it('reads "montage" beside a word of film as the editing, and as the fitting elsewhere', () => {
    expect(films('Chargée de montage vidéo')).toEqual(['post']);
    expect(films('Montageleiterin')).toEqual(['fit']);
    expect(films('Montagetechniker')).toEqual(['fit']);
  });
});

describe('a care home said beside a role', () => {
  // An invented vendor of rota software for homes for the elderly.
  const rotas = sortedResolverFor(
    personasOf([
      ['home', 'Residence head', ['Home administrator']],
      ['nursing', 'Clinical nursing head', ['Nursing director', 'Nursing chief']],
    ]),
  );
  it('reads a home said after a comma as where the holder works, leaving the role before it', () => {
    expect(rotas('Nursing Director, Nursing Home')).toEqual(['nursing']);
    expect(rotas('Nursing chief, Care Home')).toEqual(['nursing']);
    expect(rotas('Nursing Director')).toEqual(['nursing']);
    expect(rotas('Care Home Manager')).toEqual(['home']);
  });
  // An invented vendor of visit-planning software whose persona names care, not a home.
  const visits = sortedResolverFor(personasOf([['care', 'Visit planners', ['Care Chief', 'Care planner']]]));
  it("reads a care home's manager by the title's own words where no persona names a home's head", () => {
    expect(visits('Care Home Chief')).toEqual(['care']);
  });
});
