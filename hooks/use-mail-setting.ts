// Email in Settings: whether it is on (the rep's choice and the browser's permission both), and turning
// it on or off. The permission is asked for inside the click, before anything is awaited.
import { useEffect, useState } from 'preact/hooks';
import { MAIL_PERMISSIONS } from '@/lib/mail/settings';
import { sendMessage } from '@/lib/messaging';
import { mailEnabled } from '@/lib/state/local';

const permitted = () => browser.permissions.contains(MAIL_PERMISSIONS).catch(() => false);

export function useMailSetting(): { enabled: boolean | undefined; toggle(on: boolean): Promise<'on' | 'off' | 'refused'> } {
  const [enabled, setEnabled] = useState<boolean>();
  useEffect(() => {
    let live = true;
    let chosen: boolean | undefined;
    const check = () => chosen !== undefined && void permitted().then((ok) => live && setEnabled(chosen! && ok));
    const unsubscribe = mailEnabled.subscribe((on) => {
      chosen = on;
      check();
    });
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      live = false;
      unsubscribe();
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, []);

  const toggle = async (on: boolean) => {
    if (on) {
      // First, synchronously in the click: browsers grant permissions only inside a user gesture.
      const granted = await browser.permissions.request(MAIL_PERMISSIONS).catch(() => false);
      if (!granted) return 'refused';
      await mailEnabled.set(true);
    } else {
      await mailEnabled.set(false);
      // Access Tailor no longer uses goes back (a build holding it as required keeps it: harmless).
      await browser.permissions.remove(MAIL_PERMISSIONS).catch(() => false);
    }
    await sendMessage({ type: 'mail:sync' });
    return on ? 'on' : 'off';
  };
  return { enabled, toggle };
}
