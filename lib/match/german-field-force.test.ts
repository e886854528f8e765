// German "AD" (Außendienst), the field force: beside a word of a maker's service its field service, beside a German
// title word or a word of selling its field sales; Active Directory's "AD" and an Italian "AD e ..." stay as they were.
// The taxonomy and titles here are made up for the tests.
import { describe, expect, it } from 'vitest';
import type { Prospect } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

describe('German "AD", the field force', () => {
  // An invented vendor of route planning for boiler makers' engineers and reps.
  const boilers = compileTaxonomy({
    personas: [
      { id: 'service-head', label: 'Customer service director', aliases: ['Service Director', 'Leiter Kundendienst'] },
      { id: 'field-service', label: 'Field service manager', aliases: ['Service Operations Manager'] },
      { id: 'field-sales', label: 'Field sales manager', aliases: ['Area Sales Manager', 'Head of Field Sales'] },
      { id: 'sysadmin', label: 'Systems administrator', aliases: ['IT Manager'] },
      { id: 'boss', label: 'Managing director', aliases: ['CEO', 'Amministratore Delegato'] },
    ],
    industries: [],
    painPoints: [],
  });
  const at = (title: string, company = 'Kesselbau Wendt GmbH') =>
    contextOf(resolveProspect({ name: 'Jörg Pfeiffer', title, company, source: { crm: 'hubspot', recordType: 'contact', recordId: '1' } } as Prospect, boilers)).personas;
  it('reads "AD" beside a word of service as the field service, the slash joining one department', () => {
    expect(at('Leiterin AD/Service')).toEqual(['field-service']);
    expect(at('Teamleiter AD Technik')).toContain('field-service');
  });
  it('reads "AD" beside a German title word or a word of selling as the field sales', () => {
    expect(at('Leiterin AD Nord')).toContain('field-sales');
    expect(at('Gebietsleiter AD Vertrieb')).toContain('field-sales');
    expect(at('Leiterin AD Nord')).not.toContain('field-service');
  });
  it("leaves IT's directory service, a lower-case word and the Italian chief executive alone", () => {
    expect(at('AD Services Engineer')).not.toContain('field-service');
    expect(at('AD Service Account Admin')).not.toContain('field-service');
    expect(at('Leiter Ad Nord')).not.toContain('field-sales');
    expect(at('AD e Presidente del CdA', 'Caldaie Ferretti S.r.l.')).toEqual(['boss']);
  });
  // Review mends: Active Directory's German words, and an advertising agency's art director.
  it('leaves German words of IT\'s directory service and an ad agency\'s "AD" alone', () => {
    expect(at('Teamleiter AD-Infrastruktur', 'Stadtwerke Ostal')).not.toContain('field-sales');
    expect(at('Teamleiter AD/Exchange')).not.toContain('field-sales');
    expect(at('Mitarbeiter AD-Benutzerverwaltung')).not.toContain('field-sales');
    expect(at('AD-Leiter', 'Farbklang Werbeagentur GmbH')).not.toContain('field-sales');
    expect(at('Leiterin AD Nord')).toContain('field-sales');
  });
});
