// The caseworker's case page and its side panel (issue 12 point 2; audit of
// 7.12.2026 points 1, 6, 7, 9, 10), with JavaScript on and off, axe-core on
// each screen with it on. Each run makes its own case for sb101 (Team Nord)
// through the CLI, so the demo cases ui.mjs asserts on stay as they are:
// a tømrer's accident (injury 10.2.2025, notified 14.2.2025).
import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  URL, SKADESAG, DB, trin, forvent, lig, axe, skaermbillede, logInd, DATO, start, slut,
} from './lib.mjs';

const MAPPE = mkdtempSync(join(tmpdir(), 'sagsside-'));
const ENV = { ...process.env, SKADESAG_BRUGER: 'sb101', SKADESAG_ROLLE: 'sagsbehandler' };
const cli = (...args) => execFileSync(SKADESAG, args, { env: ENV, stdio: 'pipe' }).toString().trim();
const iso = (d) => d.toISOString().slice(0, 10);
const foer = (dage) => iso(new Date(Date.now() - dage * 86400000));

writeFileSync(join(MAPPE, 'anmeldelse.json'), JSON.stringify({
  sagstype: 'ulykke', generation: 'foerstegang', skadedato: '2025-02-10',
  anmeldelsesdato: '2025-02-14', cpr: '0506799011', team: 'Team Nord',
  forsikring: 'Demo Forsikring A/S', arbejdsgiver_cvr: '12345678',
  sagsbehandler: 'sb101', dato: '2025-02-14', begrundelse: 'Anmeldelsen er modtaget',
}));
// The smallest file the journal takes as a PDF (its type is read from the
// bytes: "%PDF-").
writeFileSync(join(MAPPE, 'erklaering.pdf'), '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

const browser = await start();

for (const js of [true, false]) {
  const m = js ? '' : ' (uden JavaScript)';
  const ctx = await browser.newContext({ javaScriptEnabled: js, locale: 'da-DK' });
  const side = await ctx.newPage();
  const hf = side.locator('form[action$="/haendelse"]');
  const sf = side.locator('form[action$="/klageskridt"]');
  let sag = '';

  await trin(`en sag med et dokument og en afgørelse om mén (CLI)${m}`, async () => {
    sag = cli('sag', '--db', DB, 'opret', join(MAPPE, 'anmeldelse.json')).split('\n')[0];
    forvent(/^AES-\d{4}-\d{6}$/.test(sag), 'sagsnummer: ' + sag);
    cli('sag', '--db', DB, 'dokument', sag, '--fil', join(MAPPE, 'erklaering.pdf'),
      '--titel', 'Lægeerklæring', '--retning', 'modtaget', '--part', 'laege', '--dato', '2025-03-03');
    cli('sag', '--db', DB, 'afgoer', sag, '--fase', 'anerkendelse', '--resultat', 'anerkendt',
      '--dato', '2025-04-01', '--begrundelse', 'Anerkendt');
    cli('sag', '--db', DB, 'afgoer', sag, '--fase', 'men', '--pct', '15',
      '--dato', '2025-09-01', '--begrundelse', 'Mén 15 %');
  });

  await trin(`samme mén-afgørelse to gange samme dag afvises med en klar besked${m}`, async () => {
    let fejl = '';
    try {
      cli('sag', '--db', DB, 'afgoer', sag, '--fase', 'men', '--pct', '15',
        '--dato', '2025-09-01', '--begrundelse', 'Mén 15 %');
    } catch (e) {
      fejl = String(e.stderr);
    }
    forvent(fejl.includes('sendt to gange') && fejl.includes(`${sag}-M2`), 'afvist: ' + fejl);
  });

  await trin(`sagssiden: parter, dokumenter, afgørelsers beløb, hjemmel uden interne henvisninger${m}`, async () => {
    await logInd(side, 'sb101', 'test-kodeord-for-sb101');
    const svar = await side.goto(`${URL}/ui/sager/${sag}`);
    lig(svar.status(), 200, 'status');
    lig(await side.locator('#parter + p').innerText(), 'Ingen parter registreret.', 'ingen parter endnu');
    // The documents' table: title, type, from whom, date, a download link.
    const dok = side.locator('tr', { hasText: 'Lægeerklæring' });
    lig(await dok.count(), 1, 'dokumentet står i tabellen');
    const celler = await dok.locator('td').allInnerTexts();
    lig(celler[1], 'PDF', 'type');
    lig(celler[2], 'modtaget fra læge', 'fra');
    lig(celler[3], '03.03.2025', 'dato');
    // The decision's amount: 15 % mén decided 1.9.2025, at the decision
    // year's rate (ASL § 18, stk. 3; data/satser.tsv men_100pct 2025:
    // 1.053.000 kr.): 0,15 × 1.053.000 = 157.950,00 kr.
    const afg = side.locator('#afgoerelser + table tr', { hasText: `${sag}-M2` });
    forvent((await afg.innerText()).includes('157.950,00 kr.'), 'beløbet: ' + await afg.innerText());
    const hjemmel = await side.locator('h2:text("Frister") + table').innerText();
    forvent(!/docs\/|Q-\d/.test(hjemmel), 'ingen docs/ eller Q-numre i hjemlen: ' + hjemmel);
    forvent(hjemmel.includes('ASL § 44'), 'klagefristens lov og paragraf står der: ' + hjemmel);
    if (js) await axe(side, 'sagssiden');
    await skaermbillede(side, 'sagsside');
  });

  await trin(`mén-formularen sendt to gange: den anden afvises ved méngraden${m}`, async () => {
    // The form's fields by name (the form is afgoerelse.html's); 20 % on
    // 1.10.2025, then the same again, as a double click or a resent page.
    const af = side.locator('form#afgoerelse');
    for (let gang = 1; gang <= 2; gang++) {
      await side.goto(`${URL}/ui/sager/${sag}/afgoerelse?fase=men`);
      await af.locator('[name="men_pct"]').fill('20');
      await af.locator('[name="dato"]').fill('2025-10-01');
      await af.locator('[name="begrundelse"]').fill('Forværring');
      await side.getByRole('button', { name: 'Træf afgørelse' }).click();
      await side.waitForLoadState();
    }
    forvent((await side.locator('#fejl-a-men_pct').innerText()).includes('sendt to gange'), 'beskeden ved méngraden');
    forvent((await side.locator('#fejl-a-men_pct').innerText()).includes(`${sag}-M3`), 'den første afgørelse nævnes');
    await side.goto(`${URL}/ui/sager/${sag}`);
    lig(await side.locator('#afgoerelser + table tr', { hasText: '20 %' }).count(), 1, 'én afgørelse på 20 %');
  });

  await trin(`dokumentet hentes fra sagssiden (og fra forløbet)${m}`, async () => {
    const href = await side.locator('#dokumenter + table a').getAttribute('href');
    forvent(new RegExp(`^/ui/sager/${sag}/dokumenter/[0-9a-f]{64}$`).test(href), 'adressen: ' + href);
    lig(await side.locator(`.tidslinje a[href="${href}"]`).count(), 1, 'forløbet linker til samme dokument');
    const svar = await side.request.get(URL + href);
    lig(svar.status(), 200, 'status');
    lig(svar.headers()['content-type'], 'application/pdf', 'typen');
    forvent((await svar.text()).startsWith('%PDF-'), 'indholdet');
  });

  await trin(`et dokument journaliseres fra sidepanelet (uden fil: "Fil mangler" ved feltet)${m}`, async () => {
    const df = side.locator('form[action$="/dokument"]');
    await df.getByLabel('Titel', { exact: true }).fill('Speciallægeerklæring');
    await df.getByLabel('Fra eller til', { exact: true }).selectOption('laege');
    await df.getByLabel('Dato', { exact: true }).fill('2025-03-20');
    await side.getByRole('button', { name: 'Journalisér dokumentet' }).click();
    await side.waitForLoadState();
    lig(await side.locator('#fejl-d-fil').innerText(), 'Fil mangler', 'beskeden');
    lig(await side.locator('#d-fil').getAttribute('aria-invalid'), 'true', 'aria-invalid');
    lig(await df.getByLabel('Titel', { exact: true }).inputValue(), 'Speciallægeerklæring', 'titlen står der stadig');
    if (js) await axe(side, 'dokumentformularen med fejl');
    await df.getByLabel('Fil', { exact: true }).setInputFiles(join(MAPPE, 'erklaering.pdf'));
    await side.getByRole('button', { name: 'Journalisér dokumentet' }).click();
    await side.waitForLoadState();
    lig(await side.locator('.error-summary').count(), 0, 'ingen fejl');
    const celler = await side.locator('tr', { hasText: 'Speciallægeerklæring' }).locator('td').allInnerTexts();
    lig(celler.slice(0, 4).join('|'), 'Speciallægeerklæring|PDF|modtaget fra læge|20.03.2025', 'den nye række');
  });

  if (js) {
    await trin('en ødelagt multipart-krop afvises uden at gemme noget (ingen CSRF: 403; med: 422)', async () => {
      const csrf = await side.locator('form[action$="/dokument"] input[name="csrf"]').inputValue();
      const foer = await side.locator('#dokumenter + table tbody tr').count();
      const send = (type, krop) => side.request.post(`${URL}/ui/sager/${sag}/dokument`,
        { headers: { 'Content-Type': type, Origin: URL }, data: Buffer.from(krop), maxRedirects: 0 });
      const g = 'XyZ';
      for (const [type, krop] of [
        ['multipart/form-data', '--XyZ\r\n'],
        [`multipart/form-data; boundary=${g}`, ''],
        [`multipart/form-data; boundary=${g}`, '--XyZ\r\nContent-Disposition: form-data; name="csrf"'],
        [`multipart/form-data; boundary=${g}`, `--XyZ\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n${csrf}`],
        [`multipart/form-data; boundary="${'x'.repeat(300)}"`, `--x\r\n`],
        ['application/x-www-form-urlencoded', `csrf=${csrf}&titel=x`],
      ]) {
        const svar = await send(type, krop);
        lig(svar.status(), 403, `afvist: ${type} ${krop.slice(0, 40)}`);
      }
      // The token right, the rest broken off: refused at a field, 422.
      const svar = await send(`multipart/form-data; boundary=${g}`,
        `--XyZ\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n${csrf}\r\n--XyZ\r\n` +
        'Content-Disposition: form-data; name="fil"; filename="a.pdf"\r\n\r\n%PDF-');
      lig(svar.status(), 422, 'resten mangler');
      await side.goto(`${URL}/ui/sager/${sag}`);
      lig(await side.locator('#dokumenter + table tbody tr').count(), foer, 'intet nyt dokument');
    });
  }

  await trin(`forløbet viser hændelser i ord, aldrig koder${m}`, async () => {
    const typer = await side.locator('.tidslinje strong').allInnerTexts();
    forvent(typer.length >= 4, 'hændelser: ' + typer.join(', '));
    forvent(typer.every((t) => !t.includes('_')), 'ingen koder: ' + typer.join(', '));
    forvent(typer.includes('sagen oprettet') && typer.includes('dokument journaliseret'), 'ord: ' + typer.join(', '));
  });

  await trin(`et notat uden tekst: "Begrundelse mangler" ved feltet${m}`, async () => {
    await hf.getByLabel('Handling', { exact: true }).selectOption('notat');
    await hf.getByLabel('Begrundelse', { exact: true }).fill('');
    await side.getByRole('button', { name: 'Registrér', exact: true }).click();
    await side.waitForLoadState();
    lig(await side.locator('#fejl-h-begrundelse').innerText(), 'Begrundelse mangler', 'beskeden');
    lig(await side.locator('#h-begrundelse').getAttribute('aria-invalid'), 'true', 'aria-invalid');
    lig(await side.locator('.error-summary a').first().getAttribute('href'), '#h-begrundelse', 'resuméet linker til feltet');
    if (js) await axe(side, 'notat med fejl');
  });

  await trin(`et notat registreres og står i forløbet${m}`, async () => {
    await hf.getByLabel('Handling', { exact: true }).selectOption('notat');
    await hf.getByLabel('Begrundelse', { exact: true }).fill('Ringede til tilskadekomne om lægeerklæringen');
    await side.getByRole('button', { name: 'Registrér', exact: true }).click();
    await side.waitForLoadState();
    lig(await side.locator('.error-summary').count(), 0, 'ingen fejl');
    const li = side.locator('.tidslinje li', { hasText: 'Ringede til tilskadekomne' });
    lig(await li.count(), 1, 'notatet i forløbet');
    lig(await li.locator('strong').innerText(), 'notat', 'hændelsen');
  });

  await trin(`en part uden navn afvises ved "Partens navn"; med navn står den under Parter${m}`, async () => {
    await hf.getByLabel('Handling', { exact: true }).selectOption('part_tilfoejet');
    await hf.getByLabel('Part', { exact: true }).selectOption('arbejdsgiver');
    await hf.getByLabel('Begrundelse', { exact: true }).fill('Arbejdsgiveren fra anmeldelsen');
    await side.getByRole('button', { name: 'Registrér', exact: true }).click();
    await side.waitForLoadState();
    lig(await side.locator('#fejl-h-navn').innerText(), 'Partens navn mangler', 'beskeden');
    lig(await side.locator('#h-navn').getAttribute('aria-invalid'), 'true', 'aria-invalid');
    await hf.getByLabel('Partens navn', { exact: true }).fill('Tømrerfirmaet Høvl & Søn ApS');
    await hf.getByLabel('Partens kontaktoplysninger', { exact: true }).fill('kontor@hoevl.dk');
    await side.getByRole('button', { name: 'Registrér', exact: true }).click();
    await side.waitForLoadState();
    lig(await side.locator('.error-summary').count(), 0, 'ingen fejl');
    const raekke = await side.locator('#parter + table tbody tr').first().locator('td').allInnerTexts();
    lig(raekke.join('|'), 'arbejdsgiver|Tømrerfirmaet Høvl & Søn ApS|-|kontor@hoevl.dk', 'parten');
    if (js) await axe(side, 'sagssiden med en part');
  });

  await trin(`ventetid på lægen: arbejdslisten siger hvem og hvor mange dage${m}`, async () => {
    await hf.getByLabel('Handling', { exact: true }).selectOption('afventer_ekstern');
    await hf.getByLabel('Dato', { exact: true }).fill(foer(5));
    await hf.getByLabel('Part', { exact: true }).selectOption('laege');
    await hf.getByLabel('Begrundelse', { exact: true }).fill('Venter på speciallægeerklæring');
    await side.getByRole('button', { name: 'Registrér', exact: true }).click();
    await side.waitForLoadState();
    lig(await side.locator('.error-summary').count(), 0, 'ingen fejl');
    forvent((await side.locator('.opgaver').innerText()).includes('Afventer lægen'), 'opgaven på sagen');
    await side.goto(`${URL}/ui/arbejdsliste?status=venter`);
    const venter = side.locator('table', { has: side.locator('caption', { hasText: 'Venter på andre' }) });
    const raekke = venter.locator('tr', { hasText: sag });
    lig(await raekke.count(), 1, 'sagen venter');
    const celler = await raekke.locator('td').allInnerTexts();
    forvent(DATO.test(celler[0]), 'venter siden: ' + celler[0]);
    lig(celler[1], '5', 'dage ventet');
    lig(celler[celler.length - 1], 'Afventer lægen', 'hvem');
    if (js) await axe(side, 'arbejdslisten med ventetid');
    await skaermbillede(side, 'arbejdsliste-venter');
  });

  await trin(`klageskridt: kun de mulige i klagens tilstand${m}`, async () => {
    cli('sag', '--db', DB, 'klage', sag, '--afgoerelse', `${sag}-M2`, '--part', 'tilskadekomne',
      '--dato', '2025-09-10', '--begrundelse', 'Uenig i procenten');
    await side.goto(`${URL}/ui/sager/${sag}`);
    const valg = () => sf.locator('select[name="skridt"] option').evaluateAll((o) => o.map((x) => x.value));
    lig((await valg()).join(','), 'genvurderet_fastholdt,genvurderet_aendret', 'modtaget: genvurdering');
    cli('sag', '--db', DB, 'genvurder', sag, '--klage', `${sag}-K1`, '--udfald', 'fastholdt',
      '--dato', '2025-09-20', '--begrundelse', 'Fastholdt');
    await side.goto(`${URL}/ui/sager/${sag}`);
    lig((await valg()).join(','), 'sendt_til_ankestyrelsen', 'fastholdt: kun videresendelse');
  });

  if (js) {
    await trin(`et skridt, klagen ikke kan tage, afvises ved feltet Skridt`, async () => {
      // A step the page no longer offers (the state moved on, or an old
      // page): put back in the select, sent, refused at "Skridt".
      await sf.locator('select[name="skridt"]').evaluate((s) => {
        const o = document.createElement('option');
        o.value = 'ast_hjemvist';
        o.textContent = 'gammelt valg';
        s.appendChild(o);
      });
      await sf.getByLabel('Skridt', { exact: true }).selectOption('ast_hjemvist');
      await sf.getByLabel('Begrundelse', { exact: true }).fill('For tidligt');
      await side.getByRole('button', { name: 'Registrér skridtet' }).click();
      await side.waitForLoadState();
      forvent(await side.locator('#fejl-s-skridt').isVisible(), 'beskeden ved Skridt');
      lig(await side.locator('#s-skridt').getAttribute('aria-invalid'), 'true', 'aria-invalid');
      lig(await side.locator('#fejl-s-klage').count(), 0, 'ikke ved Klage');
      await axe(side, 'klageskridt med fejl');
    });
  }

  await trin(`den oprindelige sag linker til sagen, en hjemvisning åbnede${m}`, async () => {
    cli('sag', '--db', DB, 'ankestyrelsen', sag, '--klage', `${sag}-K1`, '--send',
      '--dato', '2025-09-25', '--begrundelse', 'Sendt');
    const ny = cli('sag', '--db', DB, 'ankestyrelsen', sag, '--klage', `${sag}-K1`, '--udfald', 'hjemvist',
      '--dato', '2025-11-01', '--begrundelse', 'Hjemvist');
    const nyId = (ny.match(/AES-\d{4}-\d{6}/) || [''])[0];
    forvent(nyId !== '' && nyId !== sag, 'ny sag: ' + ny);
    await side.goto(`${URL}/ui/sager/${sag}`);
    lig(await side.locator('dl').getByRole('link', { name: nyId }).count(), 1, 'under oplysningerne');
    lig(await side.locator('tr', { hasText: `${sag}-K1` }).getByRole('link', { name: nyId }).count(), 1,
      'i klagens række');
    lig(await side.locator('.tidslinje').getByRole('link', { name: nyId }).count(), 1, 'i forløbet');
    if (js) await axe(side, 'sagen med hjemvisning');
  });

  await ctx.close();
}

await slut(browser);
