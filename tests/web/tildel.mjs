// The team leader's bulk assignment (issue 12; the audit's point 12): one
// box per case, at its first row, however many of its tasks the page
// shows; and cases that already had the chosen caseworker are said to be
// unchanged, not counted as "0 sager er tildelt". A case of this file's
// own (sb101's, in Team Nord) with two tasks, so ui.mjs's cases are
// untouched.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URL, SKADESAG, DB, trin, forvent, lig, axe, logInd, start, slut } from './lib.mjs';

const SB = { ...process.env, SKADESAG_BRUGER: 'sb101', SKADESAG_ROLLE: 'sagsbehandler' };
const sag = (...a) => execFileSync(SKADESAG, ['sag', '--db', DB, ...a], { env: SB }).toString().trim();
const mappe = mkdtempSync(join(tmpdir(), 'tildel-'));
let S;

await trin('en sag med to opgaver: anerkendelsen og et svar fra lægen, hvis svarfrist er overskredet', async () => {
  const f = join(mappe, 'anm.json');
  writeFileSync(f, JSON.stringify({
    sagstype: 'ulykke', generation: 'foerstegang', skadedato: '2026-10-01', anmeldelsesdato: '2026-10-05',
    cpr: '0808821238', team: 'Team Nord', forsikring: 'Demo Forsikring A/S', sagsbehandler: 'sb101',
    dato: '2026-10-05', begrundelse: 'Anmeldelsen er modtaget',
  }));
  S = sag('opret', f).split('\n')[0];
  const h = join(mappe, 'h.json');
  writeFileSync(h, JSON.stringify({
    type: 'oplysninger_anmodet', dato: '2026-10-06', begrundelse: 'Journal', part: 'laege', anmodning_id: 'L1',
    svarfrist: '2026-10-20',
  }));
  sag('haendelse', S, h);
  forvent(/^AES-2026-\d{6}$/.test(S), 'et sagsnummer: ' + S);
});

const browser = await start();
for (const js of [true, false]) {
  const m = js ? '' : ' (uden JavaScript)';
  const ctx = await browser.newContext({ javaScriptEnabled: js, locale: 'da-DK' });
  const side = await ctx.newPage();
  await logInd(side, 'tl1', 'test-kodeord-for-tl1');

  await trin(`én afkrydsning pr. sag, også når sagen har flere opgaver på siden${m}`, async () => {
    await side.goto(`${URL}/ui/arbejdsliste?team=1&q=${S}`);
    const raekker = side.locator('tbody tr', { hasText: S });
    forvent((await raekker.count()) >= 2, 'sagens opgaver står på hver sin række');
    lig(await side.getByLabel('Vælg sag ' + S, { exact: true }).count(), 1, 'afkrydsninger for sagen');
    if (js) await axe(side, 'teamets arbejdsliste med en sag med to opgaver');
  });

  await trin(`en sag, der allerede har sagsbehandleren, er ikke ændret, og siden siger det${m}`, async () => {
    await side.getByLabel('Vælg sag ' + S, { exact: true }).check();
    await side.getByLabel('Tildel de valgte sager til').selectOption('sb101');
    await side.getByRole('button', { name: 'Tildel', exact: true }).click();
    await side.waitForLoadState();
    lig(new global.URL(side.url()).search, '?team=1&tildelt=0&valgt=1', 'adressen');
    lig(await side.locator('.alert-success').innerText(),
      'Ingen sag er ændret: den valgte sag havde allerede den sagsbehandler.', 'kvitteringen');
    if (js) await axe(side, 'ingen sag ændret');
  });
  await ctx.close();
}
await slut(browser);
