// Review mends of the sixty-fifth round (two read-only reviews of the sixty-fourth round). Invented vendor: Spindlewick,
// booking and parts software for chains of bicycle-repair workshops.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';
import { titleWords } from './compile';

const bikes: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'many-shops', label: 'Multi-workshop visibility', aliases: [] },
    { id: 'split', label: 'Cost allocation', aliases: [] },
    { id: 'spokes', label: 'High spoke costs', aliases: [] },
    { id: 'hands', label: 'Bench staffing gaps', aliases: [] },
  ],
};
const compiledBikes = compileTaxonomy(bikes);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, compiledBikes)).painPoints;
const UNSEEN = ' The owner cannot see what the wheel bench brings in.';
// The same vendor's buyers: a territory's manager, a branch's, a store section's, the project office, engineering.
const buyers: Taxonomy = {
  personas: [
    { id: 'area', label: 'Area Manager', aliases: [] },
    { id: 'branch', label: 'Branch Manager', aliases: [] },
    { id: 'pmo', label: 'Head of Projects', aliases: [] },
    { id: 'engineering', label: 'Engineering Director', aliases: [] },
  ],
  industries: [],
  painPoints: [],
};
const compiledBuyers = compileTaxonomy(buyers);
// The same vendor's workshop clinics: their care technicians and their technology lead.
const clinics: Taxonomy = {
  personas: [
    { id: 'techs', label: 'Care technicians', aliases: ['Vet Tech', 'Dental Technician'] },
    { id: 'it', label: 'IT Lead', aliases: ['Head of Technology'] },
  ],
  industries: [],
  painPoints: [],
};
const compiledClinics = compileTaxonomy(clinics);
const clinicPersonas = (title: string) => resolveProspect({ title, company: 'Spindlewick Clinics', industry: '' }, compiledClinics).personas.map((p) => p.id).sort();
const personas = (title: string) => resolveProspect({ title, company: 'Spindlewick Ateliers', industry: '' }, compiledBuyers).personas.map((p) => p.id).sort();

describe('a count word that is an everyday word of another language (finding 1)', () => {
  it('counts where it is the plain number', () => {
    expect(pains(`Tenemos dos talleres.${UNSEEN}`)).toEqual(['many-shops']);
    expect(pains(`Sept ateliers en ville.${UNSEEN}`)).toEqual(['many-shops']);
    expect(pains(`Abbiamo sei officine.${UNSEEN}`)).toEqual(['many-shops']);
    expect(pains(`Abbiamo otto officine.${UNSEEN}`)).toEqual(['many-shops']);
    expect(pains(`Temos dez oficinas.${UNSEEN}`)).toEqual(['many-shops']);
  });
  it('does not count where it is the other word', () => {
    expect(pains(`Relance le 14 sept.${UNSEEN}`)).toEqual([]);
    expect(pains(`Follow up Dez. 2027.${UNSEEN}`)).toEqual([]);
    expect(pains(`Phone back mid Sept about the frames;${UNSEEN}`)).toEqual([]);
    expect(pains(`Se sei interessato, richiamami.${UNSEEN}`)).toEqual([]);
    expect(pains(`Spoke with Otto about the frames.${UNSEEN}`)).toEqual([]);
    expect(pains(`Sent the dos and don'ts.${UNSEEN}`)).toEqual([]);
    expect(pains(`Não temos controle dos custos.${UNSEEN}`)).toEqual([]);
  });
});

describe('Romance territory and branch titles (finding 2)', () => {
  it('keeps a French sector manager of a region the area manager, a store section not', () => {
    expect(personas('Responsable de secteur Franche-Comté')).toEqual(['area']);
    expect(personas('Responsable de secteur Bourgogne Est')).toEqual(['area']);
    expect(personas('Responsable de secteur bazar')).toEqual([]);
    expect(personas('Responsable de secteur épicerie')).toEqual([]);
  });
  it("reads a Spanish office's director of a bank or a place the branch, of an office's kind that office's", () => {
    expect(personas('Director de Oficina del Banco Ribera')).toEqual(['branch']);
    expect(personas('Directora de Oficina de Banca Privada')).toEqual(['branch']);
    expect(personas('Director de Oficina de Teruel')).toEqual(['branch']);
    expect(personas('Director de Oficina de Proyectos')).toEqual(['pmo']);
  });
});

describe("a clinic's tech: its technician or its technology (finding 3)", () => {
  it('reads the technology where a lead or a manager follows, "head of" precedes or a word of health IT is in the title', () => {
    expect(clinicPersonas('Clinical Tech Lead')).toEqual(['it']);
    expect(clinicPersonas('Head of Clinical Tech')).toEqual(['it']);
    expect(clinicPersonas('Clinical Tech Manager')).toEqual(['it']);
    expect(clinicPersonas('Clinical Informatics Tech')).toEqual(['it']);
  });
  it("keeps a care trade's tech its technician, with every care trade's word of the one list", () => {
    expect(clinicPersonas('Clinical Tech')).toEqual(['techs']);
    expect(clinicPersonas('Senior Clinical Tech')).toEqual(['techs']);
    expect(clinicPersonas('Surgery Tech')).toEqual(['techs']);
    expect(titleWords('Surgery Tech')).toEqual(['surgery', 'technician']);
  });
});

describe('short of hands, said as a count of a staff noun (finding 4)', () => {
  it("reads a trade's noun counted before or after down", () => {
    expect(pains("We're down two drivers since the saddle fair.")).toEqual(['hands']);
    expect(pains('Down three nurses on the night rota.')).toEqual(['hands']);
    expect(pains('Two cleaners down this week.')).toEqual(['hands']);
    expect(pains('Down one technician since the wheel season.')).toEqual(['hands']);
  });
  it('still reads people counted, and no count of another thing', () => {
    expect(pains('We are 2 people down at the truing stand.')).toEqual(['hands']);
    expect(pains('Repairs are down two points on last year.')).toEqual([]);
  });
});

describe('whose a cost is: a unit asked beside a cost, a cost centre in six languages (finding 5)', () => {
  it('hears a unit asked only with a cost or a bill in the sentence or the one before', () => {
    expect(pains('The weekly sheet groups repairs by team.')).toEqual([]);
    expect(pains('Which team does the tyre supplier invoice land on?')).toEqual(['split']);
  });
  it('reads a cost centre in French, Dutch and German', () => {
    expect(pains("Personne ne sait sur quel centre de coûts imputer le loyer de l'atelier.")).toEqual(['split']);
    expect(pains('Niemand weet op welke kostenplaats de huur van de werkplaats komt.')).toEqual(['split']);
    expect(pains('Die Miete der Werkstatt hat keine Kostenstelle.')).toEqual(['split']);
  });
});

describe("the staff's own seeing, read from the one list of staff (finding 7)", () => {
  const seeing = compileTaxonomy({ personas: [], industries: [], painPoints: [{ id: 'view', label: 'Lack of visibility', aliases: [] }] });
  const seen = (notes: string) => contextOf(resolveProspect({ notes }, seeing)).painPoints;
  it('reads no visibility pain where carers, cleaners or a German word for staff are who cannot see', () => {
    expect(seen("The carers can't see the new rota until Monday.")).toEqual([]);
    expect(seen("Our cleaners can't see the updated checklists.")).toEqual([]);
    expect(seen("Die Mitarbeiter can't see the new rota either.")).toEqual([]);
  });
  it("still reads the buyer's own view and a team's", () => {
    expect(seen("The owner can't see which workshop is behind.")).toEqual(['view']);
    expect(seen("The central team can't see which workshop is behind.")).toEqual(['view']);
  });
});

describe('a number counts units only with a noun after it (finding 6)', () => {
  it("does not count a product's number, a bare hour or an extension", () => {
    expect(pains(`The tills run Windows 11 now.${UNSEEN}`)).toEqual([]);
    expect(pains(`Call her back at 4.${UNSEEN}`)).toEqual([]);
    expect(pains(`Extension 42 for the parts desk.${UNSEEN}`)).toEqual([]);
  });
  it('counts a number before a noun, an adjective between', () => {
    expect(pains(`We run 4 big workshops.${UNSEEN}`)).toEqual(['many-shops']);
  });
});
