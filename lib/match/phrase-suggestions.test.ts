import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { suggestPainPhrases, type PainCorrection } from './phrase-suggestions';

const taxonomy: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'backlog', label: 'Ticket backlog', aliases: ['tickets piling up'] },
    { id: 'sla', label: 'Missed SLAs', aliases: [] },
  ],
};

const backlogNotes = [
  'My people spend Monday mornings digging out of the weekend emails.',
  'Agents are digging out of the weekend every single week.',
  'Honestly we are digging out of the weekend until Tuesday.',
  'Since the merger the team is digging out of the weekend, and the phones ring all day.',
];

describe('taxonomy suggestions from reps’ corrections', () => {
  it('proposes the wording reps’ added pain shares across prospects’ notes', () => {
    const corrections: PainCorrection[] = [
      ...backlogNotes.map((notes) => ({ notes, added: ['backlog'] })),
      { notes: 'The phones ring all day and SLAs slip.', added: ['sla'] },
    ];
    const [first, ...rest] = suggestPainPhrases(taxonomy, corrections);
    expect(first).toMatchObject({ painPoint: 'backlog', phrase: 'digging out of the weekend', prospects: 4, precision: 1 });
    expect(first?.message).toBe('Reps added Ticket backlog to 4 prospects whose notes said "digging out of the weekend": add it as a phrase?');
    // Shorter pieces of the same wording, said as often, are not proposed again.
    expect(rest.map((s) => s.phrase)).not.toContain('weekend');
  });

  it('needs enough prospects, wording specific to the pain, and nothing the taxonomy already says', () => {
    const few = backlogNotes.slice(0, 2).map((notes) => ({ notes, added: ['backlog'] }));
    expect(suggestPainPhrases(taxonomy, few)).toEqual([]);
    // "the weekend" is just as common in notes the rep added nothing to: not specific.
    const common: PainCorrection[] = [
      ...backlogNotes.map((notes) => ({ notes, added: ['backlog'] })),
      ...['We close for the weekend.', 'Over the weekend nobody answers.', 'The weekend shift is short.', 'Weekend staff are part-time.', 'No weekend coverage at all.'].map((notes) => ({ notes, added: [] })),
    ];
    expect(suggestPainPhrases(taxonomy, common).map((s) => s.phrase)).not.toContain('weekend');
    const already = ['Tickets piling up again.', 'Tickets piling up since May.', 'Tickets piling up, agents tired.'].map((notes) => ({ notes, added: ['backlog'] }));
    expect(suggestPainPhrases(taxonomy, already).map((s) => s.phrase)).not.toContain('Tickets piling up');
  });

  it('proposes no piece of a phrase the entry already has, nor a phrase around one', () => {
    const corrections: PainCorrection[] = backlogNotes.map((notes) => ({ notes, added: ['backlog'] }));
    const withAlias: Taxonomy = { ...taxonomy, painPoints: [{ ...taxonomy.painPoints[0]!, aliases: ['digging out of the weekend'] }, taxonomy.painPoints[1]!] };
    const phrases = suggestPainPhrases(withAlias, corrections).map((s) => s.phrase.toLowerCase());
    for (const p of phrases) expect('digging out of the weekend'.includes(p) || p.includes('digging out of the weekend'), p).toBe(false);
  });

  it('ignores what the notes say is settled or a requirement', () => {
    const settled = ['Phones ring all day but that is fine.', 'Phones ring all day, not an issue.', 'Phones ring all day, no problem.'].map((notes) => ({ notes, added: ['sla'] }));
    expect(suggestPainPhrases(taxonomy, settled)).toEqual([]);
  });
});
