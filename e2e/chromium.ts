// Finds a Chromium to drive: CHROME_PATH, then the usual system locations.
import { findExecutable } from './common';

export function findChromium(): string {
  return findExecutable({
    browser: 'Chromium',
    envVar: 'CHROME_PATH',
    paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
    names: ['chromium', 'chromium-browser', 'google-chrome'],
    install: 'Debian/Ubuntu: sudo apt-get install -y chromium',
  });
}
