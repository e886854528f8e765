import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from './compile';
import { resolveIndustries } from './resolve';

// An invented enrolment vendor ("Quillora") for language schools and their other lines of business: camps for the
// young, courses at firms, exam centres and the state's courses for newcomers.
const quillora = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'schools', label: 'Private tongue schools', aliases: ['language school'] },
    { id: 'camps', label: 'Holiday camps for teens', aliases: ['language camp'] },
    { id: 'firms', label: 'Courses at employers', aliases: ['business english'] },
    { id: 'exams', label: 'Certified testing venues', aliases: ['examination centre'] },
    { id: 'newcomers', label: 'Courses for newcomers', aliases: ['integrationskurs'] },
  ],
});
// An invented entry-list vendor ("Stridlow") for races and the charities that hold them.
const stridlow = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'roads', label: 'City marathons', aliases: ['road race'] },
    { id: 'trails', label: 'Hill and forest runs', aliases: ['fell race'] },
    { id: 'charity', label: 'Donor-backed events', aliases: ['nonprofit event'] },
  ],
});
// An invented scheduling vendor ("Verbatik") for the firms that record depositions.
const verbatik = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'reporting', label: 'Freelance stenography shops', aliases: ['deposition reporting'] },
    { id: 'captions', label: 'Live captioning', aliases: ['realtime captioning'] },
  ],
});
const ids = (prospect: { company?: string; industry?: string; notes?: string }, c: ReturnType<typeof compileTaxonomy>) => resolveIndustries(prospect, c).map((r) => r.id).sort();

describe("a language school's other lines of business in the six languages", () => {
  it('reads an Italian study holiday as the camps', () => {
    expect(ids({ company: 'Vacanza Studio Brellano' }, quillora)).toEqual(['camps']);
  });
  it("reads a firm's language training said in Italian as the courses at employers", () => {
    expect(ids({ company: 'Formazione Linguistica Aziendale Torvelli' }, quillora)).toEqual(['firms']);
  });
  it('reads a Dutch exam centre as the testing venues', () => {
    expect(ids({ company: 'Examencentrum Quelvar' }, quillora)).toEqual(['exams']);
  });
  it("reads an Italian integration course as the newcomers' courses", () => {
    expect(ids({ company: 'Corso di Integrazione Darnello' }, quillora)).toEqual(['newcomers']);
  });
});

describe('a language school named by its languages', () => {
  it('reads the word for languages alone in a name as the school', () => {
    expect(ids({ company: 'Quenby Languages' }, quillora)).toEqual(['schools']);
    expect(ids({ company: 'Marvelle Idiomas' }, quillora)).toEqual(['schools']);
  });
  it('reads an academy or institute named for the one language it teaches, and the German compound', () => {
    expect(ids({ company: 'Accademia di Tedesco Morvane' }, quillora)).toEqual(['schools']);
    expect(ids({ company: 'Englischschule Harlenbeck' }, quillora)).toEqual(['schools']);
  });
});

describe('races and their holders', () => {
  it('reads a German mountain race and an English ultra trail as the off-road runs', () => {
    expect(ids({ company: 'Berglauf Korvane' }, stridlow)).toEqual(['trails']);
    expect(ids({ company: 'Korvane Ultra Trail' }, stridlow)).toEqual(['trails']);
  });
  it("keeps a charity's CRM value beside the race its notes name: a body in two segments", () => {
    expect(ids({ company: 'Brightfen Trust', industry: 'Non-profit Organization Management', notes: 'Holds a fell race each spring, with 400 entrants.' }, stridlow)).toEqual(['charity', 'trails']);
  });
  it('keeps the notes alone under a value of another sector', () => {
    expect(ids({ company: 'Brightfen Outdoors', industry: 'Camping Gear Makers', notes: 'Holds a fell race each spring, with 400 entrants.' }, stridlow)).toEqual(['trails']);
  });
});

describe("the US legal trade's clipped word", () => {
  it('reads "depo" as deposition', () => {
    expect(ids({ company: 'Quendle Depo Reporting Inc' }, verbatik)).toEqual(['reporting']);
  });
});
