// What every browser-test file of tests/web shares (koer-web runs ui.mjs
// first, then every other *.mjs here but this one, in name order, against
// the same server and database): the environment, TAP steps numbered on
// from TAP_FRA, assertions, axe-core, screenshots, logging in, and starting
// and ending Debian's chromium. A new screen's tests can live in a file of
// their own: import from './lib.mjs', call start(), then slut(browser).
import { writeFileSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export const URL = process.env.URL;
export const SKADESAG = process.env.SKADESAG;
export const DB = process.env.DB;
const SKAERM = process.env.SKAERMBILLEDER || '';
const tilstand = { nr: Number(process.env.TAP_FRA || 0), fejl: 0 };

export async function trin(navn, fn) {
  tilstand.nr += 1;
  const nr = tilstand.nr;
  try {
    await fn();
    console.log(`ok ${nr} - ${navn}`);
  } catch (e) {
    tilstand.fejl += 1;
    console.log(`not ok ${nr} - ${navn}`);
    for (const l of String(e && e.stack ? e.stack : e).split('\n').slice(0, 12))
      console.log(`# ${l}`);
  }
}

export function forvent(sandt, hvad) {
  if (!sandt) throw new Error(hvad);
}

export function lig(faktisk, forventet, hvad) {
  if (faktisk !== forventet)
    throw new Error(`${hvad}: forventet ${JSON.stringify(forventet)}, fik ${JSON.stringify(faktisk)}`);
}

// axe-core with the WCAG 2.0/2.1 A and AA rules: no violations.
export async function axe(side, hvad) {
  const r = await new AxeBuilder({ page: side })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const v = r.violations.map((x) => `${x.id}: ${x.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  forvent(v.length === 0, `axe på ${hvad}: ${v.join('; ')}`);
}

export async function skaermbillede(side, navn) {
  if (!SKAERM) return;
  mkdirSync(SKAERM, { recursive: true });
  await side.screenshot({ path: `${SKAERM}/${navn}.png`, fullPage: true });
}

export async function logInd(side, bruger, kodeord, totp) {
  await side.goto(`${URL}/ui/login`);
  await side.getByLabel('Brugernavn', { exact: true }).fill(bruger);
  await side.getByLabel('Adgangskode', { exact: true }).fill(kodeord);
  if (totp !== undefined) await side.getByLabel('Engangskode', { exact: true }).fill(totp);
  await side.getByRole('button', { name: 'Log ind' }).click();
  await side.waitForLoadState();
}

export const DATO = /^\d{2}\.\d{2}\.\d{4}$/;

// A figure as the page shows it ("52.600", then the link's text for screen
// readers) as a number.
export function tal(s) {
  const m = /^[\d.]+/.exec(s.trim());
  forvent(m !== null, 'et tal: ' + s);
  return Number(m[0].replace(/\./g, ''));
}

export async function start() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  });
}

// Close the browser, write the last step's number and exit 1 on a failure.
export async function slut(browser) {
  await browser.close();
  if (process.env.TAP_NR_FIL) writeFileSync(process.env.TAP_NR_FIL, String(tilstand.nr));
  process.exit(tilstand.fejl === 0 ? 0 : 1);
}
