// The injured person's own pages (issue 12, the audit's point 5): "Mine
// sager" lists the person's own cases; the case page names decisions by
// what they decide and their date (never an id), shows their amounts, the
// caseworker by team, a step that is late as late (never a past date as a
// promise), and links a remitted appeal and the case that continues it;
// another person's case and a case that does not exist get the same
// answer. The cases are made here through the command line as sb101, for
// a citizen of this file's own (borger5), so ui.mjs's cases are untouched.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URL, SKADESAG, DB, trin, forvent, lig, axe, skaermbillede, logInd, start, slut } from './lib.mjs';

const SB = { ...process.env, SKADESAG_BRUGER: 'sb101', SKADESAG_ROLLE: 'sagsbehandler' };
const sag = (...a) => execFileSync(SKADESAG, ['sag', '--db', DB, ...a], { env: SB }).toString().trim();
const mappe = mkdtempSync(join(tmpdir(), 'borger-'));
const CPR = '0707821234';
let A, B, C;

await trin('borger5 med tre sager: en afgjort og påklaget, hjemvist til en ny, og en forsinket', async () => {
  execFileSync(SKADESAG, ['bruger', '--db', DB, 'opret', 'borger5', '--uden-totp', '--rolle', 'borger', '--cpr', CPR],
    { input: 'test-kodeord-for-borger5\n' });
  const anm = (skade, anmeldt) => {
    const f = join(mappe, `${skade}.json`);
    writeFileSync(f, JSON.stringify({
      sagstype: 'ulykke', generation: 'foerstegang', skadedato: skade, anmeldelsesdato: anmeldt, cpr: CPR,
      team: 'Team Nord', forsikring: 'Demo Forsikring A/S', sagsbehandler: 'sb101', dato: anmeldt,
      begrundelse: 'Anmeldelsen er modtaget',
    }));
    return sag('opret', f).split('\n')[0];
  };
  A = anm('2025-02-10', '2025-02-14');
  sag('afgoer', A, '--fase', 'anerkendelse', '--resultat', 'anerkendt', '--dato', '2025-04-01', '--begrundelse', 'Ulykke i arbejdstiden');
  sag('afgoer', A, '--fase', 'men', '--pct', '10', '--dato', '2025-05-01', '--begrundelse', 'Varige gener');
  sag('klage', A, '--afgoerelse', `${A}-M2`, '--part', 'tilskadekomne', '--dato', '2025-05-10', '--begrundelse', 'For lavt');
  sag('genvurder', A, '--klage', `${A}-K1`, '--udfald', 'fastholdt', '--dato', '2025-05-20', '--begrundelse', 'Fastholdt');
  sag('ankestyrelsen', A, '--klage', `${A}-K1`, '--send', '--dato', '2025-05-21', '--begrundelse', 'Sendt');
  B = /ny sag (AES-\d{4}-\d{6})/.exec(sag('ankestyrelsen', A, '--klage', `${A}-K1`, '--udfald', 'hjemvist',
    '--dato', '2025-09-01', '--begrundelse', 'Hjemvist'))[1];
  // A second appeal, of the recognition, not reassessed yet: the worklist
  // has it due on receipt, which is no date to promise the citizen.
  sag('klage', A, '--afgoerelse', `${A}-A1`, '--part', 'tilskadekomne', '--dato', '2026-12-01', '--begrundelse', 'Uenig');
  // Notified in January 2023 (the 2020 rules: 3 months to decide on the
  // recognition, 1 year for the decision), nothing decided: both statutory
  // deadlines have long passed. A request to the doctor with the default
  // 4-week reply deadline from 1.12.2026.
  C = anm('2023-01-10', '2023-01-20');
  const h = join(mappe, 'anmodning.json');
  writeFileSync(h, JSON.stringify({
    type: 'oplysninger_anmodet', dato: '2026-12-01', part: 'laege', anmodning_id: `${C}-I1`, begrundelse: 'Journal',
  }));
  sag('haendelse', C, h);
  forvent([A, B, C].every((x) => /^AES-\d{4}-\d{6}$/.test(x || '')), `sagerne: ${A}, ${B}, ${C}`);
});

const browser = await start();

for (const js of [true, false]) {
  const m = js ? ' (med JavaScript)' : ' (uden JavaScript)';
  const ctx = await browser.newContext({ javaScriptEnabled: js });
  const side = await ctx.newPage();

  await trin(`mine sager: borgerens egne sager med status og link, og kun menuen "Mine sager"${m}`, async () => {
    await logInd(side, 'borger5', 'test-kodeord-for-borger5');
    lig(new global.URL(side.url()).pathname, '/ui/mine-sager', 'forsiden');
    const l = await side.locator('ul.mine-sager li').allInnerTexts();
    lig(l.length, 3, 'tre sager: ' + l.join(' | '));
    for (const id of [A, B, C])
      lig(await side.getByRole('link', { name: `Sag ${id}`, exact: true }).count(), 1, 'link til ' + id);
    forvent(l.some((x) => x.includes(B) && x.includes('(behandles igen)') && x.includes('Under behandling')), 'den hjemviste');
    forvent(l.some((x) => x.includes(C) && x.includes('venter på oplysninger fra andre')), 'den, der venter');
    lig(await side.getByRole('navigation').getByRole('link').allInnerTexts().then((x) => x.join('|')), 'Mine sager', 'menuen');
    lig(await side.getByRole('search').count(), 0, 'ingen søgning i sidehovedet');
    // The person's CPR number in neither form (a CSRF token is hex, so no
    // pattern of ten digits).
    forvent(!(await side.content()).includes('070782'), 'intet CPR-nummer på siden');
    if (js) await axe(side, 'mine sager med sager');
    if (js) await skaermbillede(side, 'mine-sager');
    // Opening one by number stays possible.
    await side.getByLabel('Sagsnummer', { exact: true }).fill(A);
    await side.getByRole('button', { name: 'Vis sagen' }).click();
    await side.waitForLoadState();
    lig(await side.locator('h1').innerText(), 'Din sag ' + A, 'sagen ud fra nummeret');
  });

  await trin(`borgerens sag: afgørelser ved navn og dato, beløb, sagsbehandleren ved team, klagen hjemvist med link${m}`, async () => {
    await side.goto(`${URL}/ui/sager/${A}`);
    const tekst = await side.locator('main').innerText();
    for (const t of ['Afgørelsen om anerkendelse af 01.04.2025', 'Din skade er anerkendt som en arbejdsskade.',
      'Afgørelsen om varigt mén af 01.05.2025', 'En sagsbehandler i Team Nord',
      // 10 % of men_100pct 2025, 1.053.000 kr. (data/satser.tsv; ASL § 18).
      '105.300,00 kr.',
      'Din klage over afgørelsen om varigt mén af 01.05.2025, modtaget 10.05.2025',
      'Ankestyrelsen har sendt afgørelsen tilbage til os (hjemvist)',
      'Din klage over afgørelsen om anerkendelse af 01.04.2025, modtaget 01.12.2026: Vi har modtaget din klage og ser på afgørelsen igen.'])
      forvent(tekst.includes(t), 'siden siger: ' + t);
    // The appeal's reassessment has no deadline of its own: no date, not late.
    const skridt = await side.locator('ul.skridt li').allInnerTexts();
    forvent(skridt.includes('Vi skal se på den afgørelse, du har klaget over, igen.'), 'genvurderingen: ' + skridt.join(' | '));
    forvent(!tekst.includes(`${A}-`), 'ingen interne id\'er (…-M2, …-K1)');
    forvent(!tekst.includes('sb101'), 'intet login-navn');
    await side.locator('ul.klager').getByRole('link', { name: `sag ${B}` }).click();
    await side.waitForLoadState();
    lig(new global.URL(side.url()).pathname, `/ui/sager/${B}`, 'den nye sag');
    if (js) await axe(side, 'borgerens sag med hjemvist klage');
  });

  await trin(`den nye sag siger, hvilken sag og afgørelse den fortsætter${m}`, async () => {
    await side.goto(`${URL}/ui/sager/${B}`);
    const p = await side.locator('main > p').nth(1).innerText();
    forvent(p.includes('Ankestyrelsen har sendt afgørelsen om varigt mén af 01.05.2025 tilbage til os'), 'afgørelsen: ' + p);
    await side.getByRole('link', { name: `sag ${A}` }).click();
    await side.waitForLoadState();
    lig(new global.URL(side.url()).pathname, `/ui/sager/${A}`, 'tilbage til den første sag');
    if (js) {
      await side.goto(`${URL}/ui/sager/${B}`);
      await axe(side, 'den hjemviste sag');
    }
  });

  await trin(`en forsinket sag: ingen dato i fortiden som løfte, men "Vi er forsinkede" efter lovens frist${m}`, async () => {
    await side.goto(`${URL}/ui/sager/${C}`);
    const l = await side.locator('ul.skridt li').allInnerTexts();
    forvent(l.some((x) => x.startsWith('Vi er forsinkede. Efter loven skulle vi senest 20.04.2023 afgøre, om din skade kan anerkendes')),
      '3 måneder fra 20.01.2023: ' + l.join(' | '));
    forvent(l.some((x) => x.startsWith('Vi er forsinkede. Efter loven skulle vi senest 22.01.2024 træffe afgørelse')),
      '1 år fra 20.01.2023, 20.01.2024 er en lørdag: ' + l.join(' | '));
    forvent(l.some((x) => x === 'Vi har bedt lægen om oplysninger og venter på svar. Svarfristen er 29.12.2026.'),
      '4 uger fra 01.12.2026: ' + l.join(' | '));
    forvent(!l.some((x) => x.includes('Vi forventer')), 'intet løfte om en dato, der er gået');
    if (js) await axe(side, 'en forsinket sag');
  });

  await trin(`ingen eksistens-orakel: en andens sag og en sag, der ikke findes, får samme svar${m}`, async () => {
    const a = await side.goto(`${URL}/ui/sager/AES-2024-000001`);
    const at = await side.locator('main').innerText();
    const b = await side.goto(`${URL}/ui/sager/AES-2099-999999`);
    const bt = await side.locator('main').innerText();
    lig(a.status(), 404, 'en andens sag');
    lig(b.status(), 404, 'en sag, der ikke findes');
    lig(at, bt, 'samme tekst');
    if (js) await axe(side, 'en sag, der ikke er borgerens');
    const c = await side.goto(`${URL}/ui/breve/AES-2024-000001-B1`);
    const ct = await side.locator('main').innerText();
    const d = await side.goto(`${URL}/ui/breve/AES-2099-999999-B1`);
    lig(c.status(), 404, 'en andens brev');
    lig(d.status(), 404, 'et brev, der ikke findes');
    lig(ct, await side.locator('main').innerText(), 'samme tekst for brevene');
    await side.getByRole('button', { name: 'Log ud' }).click();
    await side.waitForLoadState();
  });
  await ctx.close();
}

await trin('borger5s læsninger er logget: listen ("egne sager") og siderne ("egen sag")', async () => {
  const l = sag('laesninger', A);
  forvent(/borger5.*egne sager/.test(l), 'listen: ' + l);
  forvent(/borger5.*egen sag$/m.test(l), 'siden: ' + l);
});

await slut(browser);
