// Public services' everyday words in German, Dutch and French (sixty-third round): a visit at home in the one German
// or Dutch word ("Hausbesuche", "huisbezoeken"); arrears of rent or payments in one word, money owed and not a backlog of
// work ("Mietrückstände", "huurachterstanden"); Dutch "berichtenverkeer", an exchange of messages and not a report;
// French "retirer", to collect, not a system retired; German "Fachverfahren" (a public body's software) and
// "abgekündigt" (no longer supported by its maker); Dutch "declaraties", the invoices a care provider sends its funder.
// Invented vendor: Quellweg, planning and billing software for home-care cooperatives.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'visits', label: 'Rounds of visits', aliases: ['home visiting', 'visit rounds'] },
    { id: 'backlog', label: 'Backlog of open requests', aliases: ['backlog', 'pile of open requests'] },
    { id: 'legacy', label: 'Unsupported case software', aliases: ['end-of-life case programs', 'retired system'] },
    { id: 'reporting', label: 'Figures owed to funders', aliases: ['reports', 'funder reports'] },
    { id: 'invoicing', label: 'Checking provider bills', aliases: ['invoices', 'provider bills'] },
    { id: 'returns', label: 'Returns filed with the regulator', aliases: ['returns'] },
    { id: 'messaging', label: 'Messaging with funders', aliases: ['messaging', 'message exchange'] },
    { id: 'feedback', label: 'No feedback from partners', aliases: ['feedback'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe("public services' everyday words", () => {
  it('reads a visit at home said in one German or Dutch word', () => {
    for (const note of [
      'Für die Hausbesuche am Wochenende fehlt oft ein Dienstwagen.',
      'De huisbezoeken in het weekend lopen vaak uit.',
    ])
      expect(pains(note), note).toContain('visits');
  });
  it('reads arrears of rent or payments as money owed, not a backlog of work', () => {
    for (const note of [
      'Die Mietrückstände unserer Bewohner meldet die Hausverwaltung per Brief.',
      'De huurachterstanden van onze bewoners lopen elke maand op.',
      'Zahlungsrückstände der Pflegekassen klären wir telefonisch.',
    ])
      expect(pains(note), note).not.toContain('backlog');
  });
  it("reads Dutch messaging and French 'retirer' as what they say", () => {
    // Read as messaging, not merely not as reports (a note read as nothing would pass the second assertion alone).
    expect(pains('Het berichtenverkeer met de zorgkantoren loopt via een koppeling.')).toContain('messaging');
    expect(pains('Het berichtenverkeer met de zorgkantoren loopt via een koppeling.')).not.toContain('reporting');
    expect(pains('Les familles doivent retirer le formulaire au guichet de la mairie.')).not.toContain('legacy');
  });
  it('reads a public body software its maker stops supporting', () => {
    expect(pains('Unser Fachverfahren für die Pflegegeldanträge wird vom Anbieter zum Jahresende abgekündigt.')).toContain('legacy');
  });
  it("reads Dutch 'declaraties' as invoices", () => {
    expect(pains('De declaraties van de thuiszorgaanbieders worden met de hand gecontroleerd.')).toContain('invoicing');
  });
  it("reads French feedback that does not come back as no feedback, not a return filed", () => {
    for (const note of [
      "Nous transmettons les dossiers au juge des tutelles et nous n'avons aucun retour.",
      "Les aides-soignantes signalent les chutes au médecin traitant, mais jamais de retour ensuite.",
    ]) {
      expect(pains(note), note).toContain('feedback');
      expect(pains(note), note).not.toContain('returns');
    }
  });
});
