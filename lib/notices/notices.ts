// What the settings page says after a sync or a test event, including when the browser's permission
// prompt was declined (the request may still work if the server allows cross-origin requests).
import type { FeedSyncReply, TeamSyncReply, TestEventReply } from '../messaging';
import { formatWhen, plural } from './format';

export interface NoticeText {
  tone: 'ok' | 'info' | 'error';
  text: string;
}

export const hostOf = (url: string): string => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

export function feedSyncNotice(reply: FeedSyncReply, granted: boolean, url: string): NoticeText {
  const denied = granted ? '' : `Access to ${hostOf(url)} was not granted`;
  if (reply.result === 'failed')
    return { tone: 'error', text: `Sync failed: ${reply.status?.lastError?.message ?? 'unknown error'}.${denied ? ` ${denied}.` : ''}` };
  if (reply.result === 'not-configured') return { tone: 'info', text: 'No feed is set.' };
  const pack = reply.status?.pack;
  const what =
    reply.result === 'updated'
      ? `Synced: ${plural(pack?.assets ?? 0, 'asset')}${pack?.name ? ` from “${pack.name}”` : ''}.`
      : 'Synced: the feed has not changed.';
  return { tone: 'ok', text: denied ? `${what} ${denied}; its server allows cross-origin reads, so the feed works anyway.` : what };
}

export function teamSyncNotice(reply: TeamSyncReply, granted: boolean, url: string): NoticeText {
  const denied = granted ? '' : `Access to ${hostOf(url)} was not granted`;
  if (reply.result === 'failed')
    return {
      tone: 'error',
      text: `Sync failed: ${reply.status?.lastError?.message ?? 'unknown error'}. The Team view keeps the last good figures.${denied ? ` ${denied}.` : ''}`,
    };
  if (reply.result === 'not-configured') return { tone: 'info', text: 'No team figures address is set.' };
  const what = reply.result === 'updated' ? 'Synced: the Team view shows the new figures.' : 'Synced: the team figures have not changed.';
  return { tone: 'ok', text: denied ? `${what} ${denied}; its server allows cross-origin reads, so it works anyway.` : what };
}

export function testEventNotice(reply: TestEventReply, granted: boolean, url: string, now: number): NoticeText {
  const { fate } = reply;
  if (fate.fate === 'delivered')
    return { tone: 'ok', text: `Test event delivered to ${hostOf(url)} in ${reply.ms} ms (messageId ${reply.messageId}).` };
  if (fate.fate === 'rejected') return { tone: 'error', text: `The collector refused the test event: ${fate.message}.` };
  const retry = fate.nextAttemptAt ? ` Tailor tries again ${formatWhen(fate.nextAttemptAt, now)}.` : '';
  const denied = granted ? '' : ` Access to ${hostOf(url)} was not granted.`;
  return { tone: 'error', text: `Not delivered yet: ${fate.message ?? 'the collector did not accept it'}. It stays in the outbox.${retry}${denied}` };
}
