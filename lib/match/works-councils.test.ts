// The bodies that represent a workplace's staff in German and Dutch ("Betriebsrat", "ondernemingsraad": the works
// council; "Personalrat": a public employer's staff council) and the German chair ("Vorsitzende", "Vorsitzender"),
// read alone and inside a compound. The taxonomies and records here are made up for the tests.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const reader = (taxonomy: Taxonomy) => {
  const compiled = compileTaxonomy(taxonomy, []);
  return (title: string, company: string) =>
    contextOf(resolveProspect({ name: 'Jana Oostveen', title, company, source: { crm: 'hubspot', recordType: 'contact', recordId: '1' } } as Prospect, compiled)).personas;
};

describe("a works council's people in German and Dutch", () => {
  // An invented vendor of rota sign-off software, whose rotas the staff's representatives must approve.
  const read = reader({
    personas: [
      { id: 'reps', label: 'Staff representatives', aliases: ['works council', 'staff council', 'employee representative'] },
      { id: 'rota', label: 'Rota planner', aliases: ['shift planner', 'rota planner'] },
      { id: 'boss', label: 'Managing director', aliases: ['managing director', 'owner'] },
    ],
    industries: [{ id: 'care', label: 'Care homes', aliases: ['care home'] }],
    painPoints: [{ id: 'approval', label: 'Slow rota approval', aliases: ['rota approval'] }],
  });
  it('reads the works council in a compound, the chair feminine or masculine', () => {
    expect(read('Betriebsratsvorsitzender', 'Seniorenresidenz Talblick GmbH')).toEqual(['reps']);
    expect(read('Betriebsratsmitglied', 'Pflegeheim Am Lindenhof GmbH')).toEqual(['reps']);
    expect(read('Personalratsvorsitzende', 'Kreiskrankenhaus Oberau')).toEqual(['reps']);
  });
  it('reads the Dutch works council', () => {
    expect(read('Voorzitter ondernemingsraad', 'Zorggroep Wilgenhof')).toEqual(['reps']);
    expect(read('Lid ondernemingsraad', 'Zorggroep Wilgenhof')).toEqual(['reps']);
  });
  it('reads the Dutch and German initials of the works council beside their words', () => {
    expect(read('Secretaris OR', 'Zorggroep Wilgenhof')).toEqual(['reps']);
    expect(read('OR-lid', 'Thuiszorg Oost B.V.')).toEqual(['reps']);
    expect(read('BR-Vorsitzende', 'Pflegeheim Am Lindenhof GmbH')).toEqual(['reps']);
  });
  it('reads the council of all sites or of a group ("Gesamt-", "Konzernbetriebsrat")', () => {
    expect(read('Gesamtbetriebsratsvorsitzende', 'Pflegeheim Am Lindenhof GmbH')).toEqual(['reps']);
    expect(read('Konzernbetriebsratsvorsitzender', 'Talblick Pflege Holding AG')).toEqual(['reps']);
  });
  it('reads the Dutch works council at a hospital, a nursing home or a care group: only the title\'s words of surgery or nursing stop it', () => {
    expect(read('Voorzitter OR', 'Ziekenhuis Noorderhaven')).toEqual(['reps']);
    expect(read('Secretaris OR', 'Verpleeghuis De Linde')).toEqual(['reps']);
    expect(read('Lid OR', 'Zorggroep Wilgenhof')).toEqual(['reps']);
  });
  it('leaves an English "OR" (the operating room) unread', () => {
    expect(read('OR Nurse Manager', 'Lakeside Community Hospital')).toEqual([]);
  });
  it('leaves an English "OR" unread at a Dutch B.V. or a Nevada company without a word of the council', () => {
    expect(read('OR Coordinator', 'Privékliniek Amstel B.V.')).toEqual([]);
    expect(read('OR Analyst', 'Routeplan Optimalisatie B.V.')).toEqual([]);
    expect(read('Head of OR', 'Logistiek Centrum B.V.')).toEqual([]);
    expect(read('OR Coordinator', 'Mesa Ridge Medical Group, NV')).toEqual([]);
  });
  it('reads no council for a German deputy ("stellvertretende") beside "BR"', () => {
    expect(read('Stellvertretende Programmdirektorin BR', 'Rundfunkanstalt Süd')).toEqual([]);
  });
  it('still reads the managing director and the planner as before', () => {
    expect(read('Geschäftsführerin', 'Pflegeheim Am Lindenhof GmbH')).toEqual(['boss']);
    expect(read('Shift Planner', 'Zorggroep Wilgenhof')).toEqual(['rota']);
  });
});

describe('the Dutch data protection officer', () => {
  // An invented vendor of consent records for insurers.
  const read = reader({
    personas: [
      { id: 'dpo', label: 'Data protection officer', aliases: ['data protection officer', 'privacy officer'] },
      { id: 'legal', label: 'Legal', aliases: ['general counsel', 'corporate lawyer'] },
      { id: 'ops', label: 'Operations', aliases: ['operations manager', 'planner'] },
    ],
    industries: [{ id: 'insurance', label: 'Insurers', aliases: ['insurance'] }],
    painPoints: [{ id: 'consent', label: 'Lost consent records', aliases: ['consent records'] }],
  });
  it('reads "FG" (functionaris gegevensbescherming) at a Dutch company or beside privacy', () => {
    expect(read('FG', 'Polderzeker Verzekeringen N.V.')).toEqual(['dpo']);
    expect(read('Privacy officer / FG', 'Gemeentelijke Kredietbank')).toEqual(['dpo']);
  });
  it('reads "FG" beside the lawyer who holds the office', () => {
    expect(read('Juridisch adviseur en FG', 'Gemeente Dijkwaard')).toContain('dpo');
  });
  it('leaves an English "FG" (finished goods) as before', () => {
    expect(read('FG Planner', 'Maple Foods Inc.')).toEqual(['ops']);
    expect(read('FG Planner', 'Zuivel Noord B.V.')).toEqual(['ops']);
  });
  it('leaves an English "FG" (finished goods) at a Dutch B.V. or a Nevada company, and its other persona', () => {
    expect(read('FG Supervisor', 'Melkfabriek Oosterveld B.V.')).toEqual([]);
    expect(read('Teamleider FG', 'Melkfabriek Oosterveld B.V.')).toEqual([]);
    expect(read('FG Operations Manager', 'Melkfabriek Oosterveld B.V.')).toEqual(['ops']);
    expect(read('FG Supervisor', 'Sierra Snack Foods, NV')).toEqual([]);
  });
});

describe("a club's or a parish's chair in a compound", () => {
  // An invented vendor of donation and membership software for congregations.
  const read = reader({
    personas: [
      { id: 'clergy', label: 'Clergy', aliases: ['imam', 'pastor', 'priest'] },
      { id: 'admin', label: 'Congregation administrator', aliases: ['administrator', 'executive director', 'chairman'] },
    ],
    industries: [{ id: 'faith', label: 'Congregations', aliases: ['congregation'] }],
    painPoints: [{ id: 'gifts', label: 'Untracked gifts', aliases: ['donations'] }],
  });
  it('reads no chair of a Verein or a Gemeinde', () => {
    expect(read('Vereinsvorsitzender', 'Moscheeverein Al-Nur e.V.')).toEqual([]);
    expect(read('Imam & Vereinsvorsitzender', 'Moscheeverein Al-Nur e.V.')).toEqual(['clergy']);
    expect(read('Gemeindevorsitzende', 'Ev. Kirchengemeinde St. Paul')).toEqual([]);
  });
});
