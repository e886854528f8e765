// Exactly what leaves the browser, and where to: nothing, unless a feed or a collector is set.
import { SENT_FIELDS, SENT_PROPERTIES } from '@/lib/usage/segment';

export interface DataSentNoticeProps {
  feedUrl: string;
  feedIntervalMinutes: number;
  collectorUrl: string;
  writeKeySet: boolean;
  hashIdentifiers: boolean;
  /** The team figures address Insights' Team view reads; empty: none. */
  teamInsightsUrl?: string;
}

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

export function DataSentNotice({ feedUrl, feedIntervalMinutes, collectorUrl, writeKeySet, hashIdentifiers, teamInsightsUrl = '' }: DataSentNoticeProps) {
  const feed = feedUrl.trim();
  const collector = collectorUrl.trim();
  const team = teamInsightsUrl.trim();
  return (
    <section class="st-card" aria-labelledby="privacy-title" data-testid="data-sent">
      <h3 id="privacy-title">What leaves this browser</h3>
      {!feed && !collector && !team && (
        <p data-testid="nothing-sent">
          <strong>Nothing.</strong> Your library and all usage stay in this browser’s own storage. Tailor sends nothing
          anywhere until a team feed, a usage collector or a team figures address is set here (or by your organisation).
        </p>
      )}
      {feed && (
        <>
          <h4>To the team feed at {hostOf(feed)}</h4>
          <p>
            A request for the library pack at <code>{feed}</code> when the browser starts and about every{' '}
            {feedIntervalMinutes} minutes, with the version tag of the copy Tailor has, so an unchanged pack is not
            downloaded again. No cookies, and nothing about you, your prospects or your usage.
          </p>
        </>
      )}
      {team && (
        <>
          <h4>To the team figures at {hostOf(team)}</h4>
          <p>
            A request for the team figures file at <code>{team}</code> about every hour, with the version tag of the copy Tailor
            has. No cookies, and nothing about you, your prospects or your usage.
          </p>
        </>
      )}
      {collector && (
        <>
          <h4>To the usage collector at {hostOf(collector)}</h4>
          <p>
            Usage events, in batches, posted as JSON to <code>{collector}</code>
            {writeKeySet ? ', with the write key as HTTP basic auth' : ''}. No cookies. Each event holds these fields and no
            others:
          </p>
          <ul class="st-fields">
            {SENT_FIELDS.map((f) => (
              <li key={f.name}>
                <code>{f.name}</code>: {f.description}
              </li>
            ))}
            {SENT_PROPERTIES.map((p) => (
              <li key={p.name}>
                <code>properties.{p.name}</code>: {p.description}
                {p.identifier && (hashIdentifiers ? ' (sent hashed: SHA-256 with a salt)' : ' (sent as it is; see “hashed” above)')}
              </li>
            ))}
          </ul>
          <p>
            Not sent: the prospect’s name, job title, email, notes, the CRM page’s address or anything else on the page.
            Only events recorded after the collector was set are sent.
          </p>
        </>
      )}
    </section>
  );
}
