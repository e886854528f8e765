// Pains of audit and certification work said in the six languages' own words (sixty-fifth round): an audit's effort
// in person-days, the nonconformities it raises and the corrective actions that close them, an accreditation body's
// assessment said by the body's name, certificates that expire, work never charged on to the client, and a problem
// said in the plural not to be one ("non sono un problema"); in English, records kept on microfilm, balances that
// never agree, a task already automated (no pain), notes of requirements only (no pain), and not knowing who is
// qualified for what (a competence record).
// Invented vendor: Quernfield, software for inspection bodies that examine playground equipment.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'effort', label: 'Inspection effort estimates', aliases: ['man-days'] },
    { id: 'findings', label: 'Open findings follow-up', aliases: ['corrective actions'] },
    { id: 'accreditor', label: 'Accreditor visits', aliases: ['accreditation assessment'] },
    { id: 'rebilling', label: 'Inspection billing leakage', aliases: ['unbilled days'] },
    { id: 'remote', label: 'Remote inspections', aliases: ['video inspections'] },
    { id: 'archive', label: 'Paper archives', aliases: ['scanning'] },
    { id: 'ledger', label: 'Client account reconciliation', aliases: ['account matching'] },
    { id: 'planning', label: 'Inspector planning', aliases: ['audit schedule'] },
    { id: 'lapses', label: 'Expiring certificates', aliases: ['certificate renewals'] },
    { id: 'scopes', label: 'Inspector competence records', aliases: ['scope sheets'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('audit and certification pains in six languages', () => {
  it('reads person-days in the Romance languages as the effort entry', () => {
    for (const note of [
      'Per ogni parco giochi ricalcolano le giornate uomo in un foglio a parte.',
      'Per ogni parco giochi ricalcolano la giornata uomo in un foglio a parte.',
      'Chaque devis oblige à recompter les jours homme par aire de jeux.',
      'Cada presupuesto obliga a recontar los días hombre por parque.',
      'Cada proposta obriga a recontar os dias homem por parque infantil.',
    ])
      expect(pains(note), note).toContain('effort');
  });
  it('reads corrective actions in five languages as the findings entry', () => {
    for (const note of [
      'Los operadores nunca devuelven las acciones correctivas a tiempo.',
      'Les exploitants renvoient les actions correctives en retard.',
      'Gli operatori mandano le azioni correttive via posta.',
      "Gli operatori mandano ogni azione correttiva via posta.",
      'De exploitanten sturen de corrigerende maatregelen per post.',
      'Os operadores enviam as ações corretivas em papel.',
    ])
      expect(pains(note), note).toContain('findings');
  });
  it('reads an accreditation body named by its acronym, and the German assessment, as the accreditor entry', () => {
    for (const note of ['Their ANAB assessment is booked for May and the swing reports are thin.', 'Die Begutachtung durch die DAkkS im Mai macht ihnen Sorgen.', 'Die Akkreditierungsbegutachtung im Mai macht ihnen Sorgen.'])
      expect(pains(note), note).toContain('accreditor');
  });
  it('reads work never charged on to the client as billing leakage', () => {
    expect(pains("Les journées d'inspection en plus ne sont jamais refacturées.")).toContain('rebilling');
  });
  it('reads an audit programme as the schedule of audits, and certificates that expire in four languages', () => {
    expect(pains('Tengono il programma degli audit su carta in ogni sede.')).toContain('planning');
    for (const note of ['I certificati scadono senza che il comune lo sappia.', 'Dois certificados expiram antes da visita seguinte.', 'Los certificados caducan sin aviso al ayuntamiento.', 'Die Zertifikate laufen ab, bevor jemand nachsieht.', 'Il certificato scade senza che il comune lo sappia.', 'Das Zertifikat läuft ab, bevor jemand nachsieht.'])
      expect(pains(note), note).toContain('lapses');
  });
  it('reads notes that name only requirements as no pain', () => {
    expect(pains('Wants SSO, EU hosting and a tablet app. The inspection logs are handwritten.')).toContain('archive');
    expect(pains('Wants SSO, EU hosting and a tablet app. Requirements only at this stage.')).toEqual([]);
  });
  it('reads not knowing who is qualified for what as the competence entry, not the bare word', () => {
    for (const note of [
      'Nobody at the depot can tell who is qualified for what any more.',
      'The council wants a list of which inspectors are certified for which slide types.',
      'Al deposito nessuno sa chi è qualificato per cosa tra i tecnici.',
    ])
      expect(pains(note), note).toContain('scopes');
    expect(pains('The new hire is qualified and keen to start.')).not.toContain('scopes');
  });
  it('does not read a topic said in the plural not to be a problem', () => {
    expect(pains('Per i comuni le ispezioni video non sono un problema: le chiedono loro.')).not.toContain('remote');
  });
  it('reads records kept on microfilm as paper', () => {
    expect(pains('The old inspection logs are still on microfilm in the basement.')).toContain('archive');
  });
  it('reads balances that never agree as a reconciliation, and one already automated as none', () => {
    expect(pains('The bank and ledger balances never agree at month end.')).toContain('ledger');
    expect(pains('Account reconciliation is already automated, they say.')).not.toContain('ledger');
  });
});
