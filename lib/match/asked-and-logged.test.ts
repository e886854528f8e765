// Sixty-seventh round: the people a business serves asking where or when their own job is read the informing topic;
// "don't know which ..." is not knowing, as "do not know" is; tenants, members or clients leaving is churn, as customers
// leaving is; a rep's act logged inside a summary line ("Me: asked about ...") ends at its sentence. Invented vendor
// (software for yards that do yacht refits) and records.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const refits: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'owner-updates', label: 'Owner communication', aliases: ['refit status texts'] },
    { id: 'refit-profit', label: 'Refit profitability', aliases: ['margin per refit'] },
    { id: 'slow-estimates', label: 'Slow refit estimates', aliases: ['estimate turnaround'] },
    { id: 'slipway-rota', label: 'Slipway rota', aliases: ['lift crew rota'] },
    { id: 'berth-reports', label: 'Berth reporting', aliases: ['berth dashboards'] },
    { id: 'winter-bookings', label: 'Winter storage sign-ups', aliases: ['haul-out pace'] },
    { id: 'berth-renewals', label: 'Berth holder retention', aliases: ['berth renewals'] },
  ],
};
const compiled = compileTaxonomy(refits);
const pains = (notes: string) => contextOf(resolveProspect({ notes, name: 'Zephyrine Vostrikova' }, compiled)).painPoints;

describe('the served people asking after their own job', () => {
  it('reads the communication pain from owners asking where or when their boat is', () => {
    expect(pains('Yacht owners phone the yard office at first light asking where their hull is.')).toEqual(['owner-updates']);
    expect(pains('The owners keep asking when their yawl goes back in the water.')).toEqual(['owner-updates']);
  });
});

describe('not knowing, with "not" contracted', () => {
  it('reads the profitability pain from "don\'t know which refits make money"', () => {
    expect(pains("Honestly we don't know which refits make money.")).toEqual(['refit-profit']);
  });
});

describe('the people a business keeps on its books leaving it', () => {
  it('reads the churn pain from tenants or residents leaving', () => {
    expect(pains('A fifth of our berth tenants leave after one season.')).toEqual(['berth-renewals']);
    expect(pains('Liveaboard residents leaving for the marina on the far shore.')).toEqual(['berth-renewals']);
  });
});

describe("a rep's act logged inside a summary line", () => {
  it('ends at its sentence, and what the summary says after it is read', () => {
    expect(pains('Call 4/17 - Vostrikova: "all fine on our side". Me: asked about the rota, she said it works. Wants a weekly haul-out pace per slipway.')).toEqual(['winter-bookings']);
  });
});
