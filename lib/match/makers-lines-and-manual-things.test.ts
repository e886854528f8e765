import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from './compile';
import { resolveIndustries, resolveProspect } from './resolve';

// An invented vendor ("Harrowby Spares") with three libraries: one for the makers of machines, its kinds named as OEMs
// and makers; one for city transport; one for a permit office's paperwork.
const makers = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'dental-makers', label: 'Dental equipment makers', aliases: ['dental chair OEM'] },
    { id: 'lab-makers', label: 'Laboratory equipment OEM', aliases: ['lab furniture makers'] },
  ],
});
const users = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [{ id: 'dental-practices', label: "Dentists' offices", aliases: ['chairside practice'] }],
});
const transport = compileTaxonomy({
  personas: [],
  industries: [
    { id: 'bus', label: 'Bus companies', aliases: ['coach and bus firm'] },
    { id: 'tram', label: 'Streetcar systems', aliases: ['streetcar'] },
  ],
  painPoints: [
    { id: 'takings', label: 'Cash paid to drivers', aliases: ['driver cash-up'] },
    { id: 'evasion', label: 'Ticketless riding and lost takings', aliases: ['inspection rounds'] },
  ],
});
const permits = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'badges', label: 'Manual permit & badge admin', aliases: ['badge forms'] },
    { id: 'staff', label: 'Manual staff admin', aliases: ['staff files'] },
    { id: 'rotas', label: 'Rota building', aliases: ['rota swaps'] },
  ],
});
const industries = (notes: string, c: ReturnType<typeof compileTaxonomy>) => resolveIndustries({ notes }, c).map((r) => r.id).sort();
const pains = (notes: string, c: ReturnType<typeof compileTaxonomy>) => resolveProspect({ name: 'Odile Vantreck', notes }, c).painPoints.map((r) => r.id).sort();

describe('a vendor whose kinds are makers serves a business that says it is a manufacturer', () => {
  it('reads notes opening with an English maker\'s word as the makers they name', () => {
    expect(industries('Manufacturer of dental chairs.', makers)).toEqual(['dental-makers']);
  });
  it('reads notes opening with a Spanish maker\'s word as the makers they name', () => {
    expect(industries('Fabricante de equipos dentales.', makers)).toEqual(['dental-makers']);
  });
  it('still reads a maker as beside the market of a vendor that serves the practices that buy the chairs', () => {
    expect(industries('Manufacturer of dental chairs.', users)).toEqual([]);
  });
});

describe('a counted kind the notes say beside another', () => {
  it('reads the buses a streetcar business also runs', () => {
    expect(industries('Streetcar line and 58 Busse.', transport)).toEqual(['bus', 'tram']);
  });
  it('reads German lines of buses said as one word', () => {
    expect(industries('Streetcar line and 9 Buslinien.', transport)).toEqual(['bus', 'tram']);
  });
  it('reads no buses said without a count', () => {
    expect(industries('Streetcar line; the staff take the bus home.', transport)).toEqual(['tram']);
  });
});

describe('the driver of a vehicle in five languages', () => {
  it('reads a German driver handing in his cash', () => {
    expect(pains('Abends rechnet jeder Fahrer sein Bargeld ab.', transport)).toEqual(['takings']);
  });
  it('reads an Italian driver handing in the cash', () => {
    expect(pains('Ogni sera ogni autista consegna i contanti.', transport)).toEqual(['takings']);
  });
});

describe('riding without a ticket in the six languages', () => {
  it('reads riders without a ticket in English', () => {
    expect(pains('Since the winter more riders travel without a ticket.', transport)).toContain('evasion');
  });
  it('reads riders without a ticket in German', () => {
    expect(pains('Seit dem Winter fahren mehr Leute ohne Fahrschein.', transport)).toContain('evasion');
  });
  it('reads riders without a ticket in Dutch', () => {
    expect(pains('Sinds de winter reizen meer mensen zonder vervoerbewijs.', transport)).toContain('evasion');
  });
});

describe('work in general by hand on a thing the label names', () => {
  it('does not read the permit office\'s badge paperwork from timetables done by hand', () => {
    expect(pains('The timetables are all done manually.', permits)).not.toContain('badges');
  });
  it('reads it where the notes name the badges', () => {
    expect(pains('Badge forms arrive by post and are typed in by hand.', permits)).toContain('badges');
  });
  it('still reads the staff\'s administration from any work done by hand', () => {
    expect(pains('All the admin is done by hand.', permits)).toContain('staff');
  });
});
