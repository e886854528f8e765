// CRM deal stages to content funnel stages. Stage names differ by CRM and by company, so they are read
// by the words in them: early qualifying is awareness, working out needs and options is consideration,
// proposals, negotiation and closing are decision.
import type { Stage } from '../../model';

export const STAGE_PATTERNS: [RegExp, Stage][] = [
  // Decision: proposals, quotes, negotiation, contracts, commitment, closing (won or lost).
  [/\b(proposal|propose|quote|pricing|price quote|negotiat\w*|contract\w*|commit\w*|closing|close|closed|won|lost|verbal|legal review|procurement|purchase|decision\s?maker\s?bought\s?in|decisionmakerboughtin|contractsent|closedwon|closedlost|final review|signature|order)\b/, 'decision'],
  // Consideration: needs, demos, evaluation, solution design, value.
  [/\b(needs|needs analysis|analysis|value proposition|value|demo\w*|presentation\w*|presentationscheduled|evaluat\w*|develop|solution\w*|discovery|technical|trial|poc|proof of concept|pilot|id\.? decision makers?|identify decision makers?|perception|qualifiedtobuy|qualified to buy|shortlist\w*|validation|business case|requirements)\b/, 'consideration'],
  // Awareness: prospecting, first contact, qualification.
  [/\b(prospect\w*|lead\w*|new|contact\w*|qualif\w*|appointment\w*|appointmentscheduled|meeting scheduled|first call|intro\w*|initial|awareness|open|attempt\w*|engaged|mql|sql|nurtur\w*|cold|inbound|outreach)\b/, 'awareness'],
];

/** The funnel stage a CRM stage name falls in, or undefined when the name says nothing about it. */
export function funnelStage(crmStage: string | undefined): Stage | undefined {
  if (!crmStage) return undefined;
  const s = crmStage.toLowerCase().replace(/[_/-]+/g, ' ').replace(/\s+/g, ' ').trim();
  for (const [pattern, stage] of STAGE_PATTERNS) if (pattern.test(s)) return stage;
  return undefined;
}
