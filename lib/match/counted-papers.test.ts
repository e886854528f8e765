// "Paper" the material is a mass noun ("it's all on paper", "paper forms"); "papers", counted, are documents or
// articles ("300 papers a year", "the committee's papers"): they are no sign of work done on paper (fifty-third
// round). Invented vendor: software for conference organisers.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';

const asset = (id: string, title: string, painPoints: string[]) => ({ id, title, painPoints, industries: [], personas: [] });
const conferences = compileTaxonomy(
  {
    personas: [{ id: 'organiser', label: 'Conference organiser', aliases: [] }],
    industries: [],
    painPoints: [
      { id: 'paper-checkin', label: 'Paper badges and sign-in sheets', aliases: ['clipboards', 'printed lists'] },
      { id: 'room-clashes', label: 'Session room clashes', aliases: ['double-booked rooms'] },
    ],
  } satisfies Taxonomy,
  [
    asset('a1', 'Badges printed on arrival, no clipboards', ['paper-checkin']),
    asset('a2', 'Rooms, sessions and speakers on one timetable', ['room-clashes']),
  ] as never,
);
const pains = (notes: string) => resolveProspect({ title: 'Organiser', notes }, conferences).painPoints.map((p) => [p.id, p.evidence.via]);

describe('counted papers', () => {
  it('reads no paperwork from papers counted or handled as documents', () => {
    expect(pains('The committee reviews about 300 papers a year.')).not.toContainEqual(['paper-checkin', 'knowledge']);
    expect(pains('Some papers wait ten weeks for a second reader.')).not.toContainEqual(['paper-checkin', 'knowledge']);
  });
  it('still reads work done on paper', () => {
    expect(pains('Check-in is all on paper and the queue reaches the street.').map(([id]) => id)).toContain('paper-checkin');
  });
});

describe('counted papers, review mend: bare papers are still the paperwork', () => {
  it('reads paperwork from papers that are not counted nor a kind of document', () => {
    for (const notes of [
      'Stacks of papers pile up on every desk.',
      'Papers piling up everywhere, approvals lost.',
      'Contracts are papers to sign by hand and scan back.',
      'Half the day goes on filing papers.',
      'Loose papers get lost between sites.',
    ])
      expect(pains(notes), notes).toContainEqual(['paper-checkin', 'knowledge']);
  });
  it('still reads none from papers counted or of a kind', () => {
    for (const notes of ['Dozens of papers go out late.', 'The research papers take months to review.', 'They publish 120 papers a year.', 'Board papers go out a week late.'])
      expect(pains(notes), notes).not.toContainEqual(['paper-checkin', 'knowledge']);
  });
});
