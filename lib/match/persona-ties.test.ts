// Personas the title's function scores within 2% of each other: a title of one role reads one of them, and a title
// naming two roles reads both (a title naming each one's function before one rank: titles.test.ts, "HR Payroll
// Manager"). The taxonomy is made up for the test.
import { describe, expect, it } from 'vitest';
import { personasOf, sortedResolverFor } from '../../tests/persona-taxonomy';

describe('a near tie between personas of one function', () => {
  // An invented vendor of fix-log software for cider presses: the head of the presses' servicing and the
  // supervisor of one shift's fitters, both about maintenance.
  const read = sortedResolverFor(
    personasOf([
      ['chief', 'Servicing chief', ['Manager, Maintenance', 'Works Engineer']],
      ['lead', 'Servicing supervisor', ['Supervisor, Maintenance', 'Shift Fitter Lead']],
      ['labels', 'Label crew', ['Labeller Operator']],
    ]),
  );
  it("reads a head's title of one function as the persona nearest its rank, in other languages too", () => {
    expect(read('Hoofd Onderhoud')).toEqual(['chief']);
    expect(read('Leiter Instandhaltung')).toEqual(['chief']);
    expect(read('Chefe de Manutenção')).toEqual(['chief']);
  });
  it('still reads both roles of a title that names two', () => {
    expect(read('Works Engineer / Shift Fitter Lead')).toEqual(['chief', 'lead']);
  });
});
