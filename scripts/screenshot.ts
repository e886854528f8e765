// Screenshots an extension page in headless Chromium, to look at what we build.
//   npx tsx scripts/screenshot.ts <page, e.g. options.html#library> <out.png> [width] [height] [dark]
// TEAM_FIGURES=<file> first opens that team figures file in Insights' Team view (options.html#insights?view=team).
import { launchTailor } from '../e2e/harness';
import { countRows } from '../e2e/harness';

const [pagePath = 'options.html', out = '/tmp/shot.png', width = '1280', height = '800', scheme = 'light'] = process.argv.slice(2);
const tailor = await launchTailor();
try {
  await (async () => {
    for (let i = 0; i < 100 && (await countRows(tailor.worker, 'assets')) === 0; i++) await new Promise((r) => setTimeout(r, 100));
  })();
  if (process.env.TEAM_FIGURES) {
    const team = await tailor.openPage('options.html#insights?view=team');
    await team.getByTestId('team-file').setInputFiles(process.env.TEAM_FIGURES);
    await team.getByTestId('team-kpi-shares').waitFor();
    await team.close();
  }
  const page = await tailor.openPage(pagePath);
  await page.setViewportSize({ width: Number(width), height: Number(height) });
  await page.emulateMedia({ colorScheme: scheme === 'dark' ? 'dark' : 'light' });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  await page.screenshot({ path: out });
  if (tailor.errors.length) console.error(tailor.errors.join('\n'));
  console.log('wrote', out);
} finally {
  await tailor.close();
}
