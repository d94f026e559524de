// A notification registered in the UI ("Ny sag") and worked to a loss
// decision entirely in the browser; no CPR number in an address (the
// header's search is a POST, the worklist's filter refuses one); the loss
// form's birth date from the case's CPR number and its refusal in the
// preview; a case type the engine does not decide; dates without leading
// zeros; the error summary focused after a refused submit; the login
// form's pre-session CSRF token; the insurer's start page. With JavaScript
// on and off; axe-core on each screen with it on. Cases are made here
// (sb101, Team Nord), none of ui.mjs's is changed.
import {
  URL, trin, forvent, lig, axe, skaermbillede, logInd, start, slut,
} from './lib.mjs';

const browser = await start();
// CPR 050679-9011: 7th digit 9 and year 79 (> 36) give 1900s, so born
// 5 June 1979 (CPR-kontoret's century rule, worked by hand).
const CPR = '0506799011';

for (const js of [true, false]) {
  const m = js ? '' : ' (uden JavaScript)';
  const ctx = await browser.newContext({ javaScriptEnabled: js, locale: 'da-DK' });
  const side = await ctx.newPage();
  const fokus = async () => side.evaluate(() => document.activeElement.className);
  let ny = '';

  await trin(`login: formularen har et CSRF-felt; en afvisning fokuserer resuméet og beskriver alle felter${m}`, async () => {
    await side.goto(`${URL}/ui/login`);
    lig((await side.locator('form[action="/ui/login"] input[name="csrf"]').getAttribute('value')).length, 64,
      'et token på 64 tegn');
    await logInd(side, 'sb101', 'forkert-kodeord');
    forvent((await fokus()).includes('error-summary'), 'fejlresuméet har fokus');
    for (const id of ['bruger', 'kodeord', 'totp'])
      forvent((await side.locator('#' + id).getAttribute('aria-describedby')).split(' ').includes('fejl-kodeord'),
        `${id} peger på beskeden`);
    if (js) await axe(side, 'login afvist');
  });

  await trin(`login uden formularens token afvises (403)${m}`, async () => {
    const svar = await ctx.request.post(`${URL}/ui/login`, {
      form: { bruger: 'sb101', kodeord: 'test-kodeord-for-sb101', csrf: 'f'.repeat(64) },
      headers: { Origin: URL }, maxRedirects: 0,
    });
    lig(svar.status(), 403, 'status');
  });

  await trin(`sagsbehandleren har "Ny sag" i menuen; formularen er tilgængelig${m}`, async () => {
    await logInd(side, 'sb101', 'test-kodeord-for-sb101');
    await side.getByRole('link', { name: 'Ny sag', exact: true }).click();
    await side.waitForLoadState();
    lig(new global.URL(side.url()).pathname, '/ui/ny-sag', 'adresse');
    lig(await side.locator('h1').innerText(), 'Ny sag', 'overskrift');
    lig(await side.locator('#n-team').inputValue(), 'Team Nord', 'teamet er sagsbehandlerens');
    if (js) await axe(side, 'ny sag');
    if (js) await skaermbillede(side, 'ny-sag');
  });

  const f = side.locator('form[action="/ui/ny-sag"]');
  await trin(`ny sag: en ugyldig dato afvises ved feltet, resuméet får fokus, CPR-nummeret er ikke i adressen${m}`, async () => {
    await f.getByLabel('Sagstype', { exact: true }).selectOption('ulykke');
    await f.getByLabel('Skadedato', { exact: true }).fill('31.02.2025');
    await f.getByLabel('Anmeldelsesdato', { exact: true }).fill('14.2.2025');
    await f.getByLabel('Tilskadekomnes CPR-nummer', { exact: true }).fill(CPR);
    await f.getByLabel('Forsikringsselskab', { exact: true }).fill('Demo Forsikring A/S');
    await f.getByLabel('Arbejdsgiverens CVR-nummer', { exact: true }).fill('12345678');
    await f.getByLabel('Sagsbehandler', { exact: true }).fill('sb101');
    await side.getByRole('button', { name: 'Opret sag' }).click();
    await side.waitForLoadState();
    const u = new global.URL(side.url());
    lig(u.pathname + u.search, '/ui/ny-sag', 'intet i adressen');
    forvent(await side.locator('#fejl-n-skadedato').isVisible(), 'beskeden ved skadedatoen');
    lig(await side.locator('#n-skadedato').getAttribute('aria-invalid'), 'true', 'aria-invalid');
    lig(await side.locator('.error-summary a').getAttribute('href'), '#n-skadedato', 'resuméet linker til feltet');
    forvent((await fokus()).includes('error-summary'), 'fejlresuméet har fokus');
    if (js) await axe(side, 'ny sag afvist');
  });

  await trin(`ny sag: et CPR-nummer uden gyldig fødselsdato afvises ved sit felt${m}`, async () => {
    await f.getByLabel('Skadedato', { exact: true }).fill('1.2.2025');
    await f.getByLabel('Tilskadekomnes CPR-nummer', { exact: true }).fill('3202809011');
    await side.getByRole('button', { name: 'Opret sag' }).click();
    await side.waitForLoadState();
    forvent(await side.locator('#fejl-n-cpr').isVisible(), 'beskeden ved CPR-nummeret');
    forvent(!(await side.locator('#fejl-n-cpr').innerText()).includes('3202'), 'nummeret gentages ikke i beskeden');
  });

  await trin(`ny sag oprettes (datoen 1.2.2025 uden foranstillede nuller) og man kommer til sagen${m}`, async () => {
    await f.getByLabel('Tilskadekomnes CPR-nummer', { exact: true }).fill(CPR);
    await side.getByRole('button', { name: 'Opret sag' }).click();
    await side.waitForLoadState();
    const u = new global.URL(side.url());
    forvent(/^\/ui\/sager\/AES-\d{4}-\d{6}$/.test(u.pathname), 'på sagen: ' + u.pathname);
    lig(u.search, '', 'ingen forespørgsel');
    ny = u.pathname.split('/').pop();
    const t = await side.locator('main').innerText();
    forvent(t.includes('01.02.2025'), 'skadedatoen 01.02.2025');
    forvent(t.includes('14.02.2025'), 'anmeldelsesdatoen 14.02.2025');
  });

  const af = side.locator('form#afgoerelse');
  await trin(`den nye sag anerkendes i brugerfladen${m}`, async () => {
    await side.goto(`${URL}/ui/sager/${ny}/afgoerelse`);
    await af.getByLabel('Resultat', { exact: true }).selectOption('anerkendt');
    await af.getByLabel('Begrundelse for afgørelsen', { exact: true }).fill('Ulykke i arbejdstiden');
    await side.getByRole('button', { name: 'Træf afgørelse' }).click();
    await side.waitForLoadState();
    lig(new global.URL(side.url()).pathname, `/ui/sager/${ny}`, 'tilbage på sagen');
    lig(await side.locator('#afgoerelser + table tr', { hasText: `${ny}-A` }).count(), 1, 'anerkendelsen');
  });

  await trin(`erhvervsevnetab: fødselsdatoen står udfyldt fra CPR-nummeret; situationerne på dansk${m}`, async () => {
    await side.goto(`${URL}/ui/sager/${ny}/afgoerelse?fase=erhvervsevnetab`);
    lig(await af.getByLabel('Fødselsdato', { exact: true }).inputValue(), '05.06.1979', 'født 5.6.1979');
    const ord = await af.getByLabel('Situation nu', { exact: true }).locator('option').allInnerTexts();
    for (const o of ['ordinær beskæftigelse', 'arbejdsløshedsdagpenge', 'kontanthjælp', 'førtidspension', 'efterløn'])
      forvent(ord.includes(o), 'valgmulighed: ' + o);
    for (const o of ['ordinaer', 'kontanthjaelp', 'foertidspension', 'efterloen'])
      forvent(!ord.includes(o), 'ingen kode: ' + o);
    if (js) await axe(side, 'erhvervsevnetab udfyldt');
  });

  await trin(`forhåndsvisningen afviser en anden fødselsdato end CPR-nummerets, ved feltet${m}`, async () => {
    await af.getByLabel('Fødselsdato', { exact: true }).fill('1.1.1980');
    await af.getByLabel('Årsløn (kr.)', { exact: true }).fill('350.000,00');
    await af.getByLabel('Skønnet samlet tab i procent', { exact: true }).fill('30');
    await af.getByLabel('Begrundelse for skønnet', { exact: true }).fill('Kan kun arbejde deltid');
    await af.getByLabel('Begrundelse for afgørelsen', { exact: true }).fill('Tab fastsat efter skøn');
    if (js) {
      await side.locator('#forhaandsvisning a[href="#a-foedselsdato"]').waitFor({ timeout: 10000 });
      forvent((await side.locator('#forhaandsvisning').innerText()).includes('CPR-nummer'), 'beskeden nævner CPR-nummeret');
    } else {
      await side.getByRole('button', { name: 'Vis beregning' }).click();
      await side.waitForLoadState();
      forvent(await side.locator('#fejl-a-foedselsdato').isVisible(), 'feltet er markeret');
      lig(await side.locator('#a-foedselsdato').getAttribute('aria-invalid'), 'true', 'aria-invalid');
      lig(await side.locator('.error-summary a').getAttribute('href'), '#a-foedselsdato', 'resuméet linker til feltet');
      forvent((await fokus()).includes('error-summary'), 'fejlresuméet har fokus');
      lig(await af.getByLabel('Skønnet samlet tab i procent', { exact: true }).inputValue(), '30', 'det indtastede står der stadig');
    }
  });

  await trin(`forklaringen viser satserne med dansk navn, ikke interne navne${m}`, async () => {
    await af.getByLabel('Fødselsdato', { exact: true }).fill('5.6.1979');
    // Above the maximum (ASL § 24, stk. 5), so the step names the rate.
    await af.getByLabel('Årsløn (kr.)', { exact: true }).fill('900.000,00');
    if (js) {
      await side.locator('#forhaandsvisning').getByText('Forklaring').waitFor({ timeout: 10000 });
    } else {
      await side.getByRole('button', { name: 'Vis beregning' }).click();
      await side.waitForLoadState();
      lig(await side.locator('.error-summary').count(), 0, 'ingen fejl');
    }
    await side.locator('#forhaandsvisning').getByText('Årslønsmaksimum').first().waitFor({ timeout: 10000 });
    const t = await side.locator('#forhaandsvisning').innerText();
    for (const navn of ['maks_aarsloen', 'reguleringsprocent_erhvervsevnetab_kumuleret'])
      forvent(!t.includes(navn), 'intet internt navn: ' + navn);
  });

  await trin(`tabsafgørelsen træffes: fra anmeldelse til afgørelse i brugerfladen alene${m}`, async () => {
    await side.getByRole('button', { name: 'Træf afgørelse' }).click();
    await side.waitForLoadState();
    lig(new global.URL(side.url()).pathname, `/ui/sager/${ny}`, 'tilbage på sagen');
    const r = side.locator('#afgoerelser + table tr', { hasText: `${ny}-E` });
    lig(await r.count(), 1, 'tabsafgørelsen står under Afgørelser');
    forvent((await r.innerText()).includes('30 %'), '30 %');
  });

  await trin(`en sagstype, motoren ikke afgør (veteran), får en forklaring i stedet for formularen${m}`, async () => {
    await side.goto(`${URL}/ui/sager/AES-2026-000002/afgoerelse?fase=erhvervsevnetab`);
    lig(await side.locator('form#afgoerelse').count(), 0, 'ingen formular');
    forvent((await side.locator('main .alert').innerText()).includes('kan ikke afgøres'), 'siger hvorfor, på dansk');
    if (js) await axe(side, 'erhvervsevnetab ikke muligt');
  });

  await trin(`"Find sag" i sidehovedet sender et CPR-nummer med POST: intet i adressen${m}`, async () => {
    await side.getByRole('search').getByLabel('Sag, CPR-nr. eller navn', { exact: true }).fill('050679-9011');
    await side.getByRole('button', { name: 'Find sag' }).click();
    await side.waitForLoadState();
    const u = new global.URL(side.url());
    lig(u.pathname + u.search, '/ui/soeg', 'adressen');
    lig(await side.getByRole('link', { name: ny, exact: true }).count(), 1, 'den nye sag er fundet');
    forvent(!(await side.content()).includes('050679'), 'CPR-nummeret vises ikke igen');
  });

  await trin(`arbejdslistens fritekst afviser et CPR-nummer ved feltet og henviser til Søg${m}`, async () => {
    const svar = await side.goto(`${URL}/ui/arbejdsliste?q=050679-9011`);
    lig(svar.status(), 200, 'status');
    const b = side.locator('#fejl-f-q');
    forvent(await b.isVisible(), 'beskeden ved fritekstfeltet');
    forvent((await b.innerText()).includes('Søg'), 'henviser til Søg');
    lig(await side.locator('#f-q').inputValue(), '', 'nummeret står ikke i feltet');
    forvent(!(await side.locator('main').innerHTML()).includes('050679'), 'nummeret står ikke på siden');
    if (js) await axe(side, 'arbejdsliste med afvist fritekst');
  });

  await trin(`datofelterne siger "Fx 31.12.2024 eller 2024-12-31", også rapportens Fra/Til${m}`, async () => {
    forvent((await side.locator('#hjaelp-f-fra').innerText()).includes('Fx 31.12.2024 eller 2024-12-31'), 'filterets Fra');
    await side.goto(`${URL}/ui/rapport`);
    for (const id of ['r-fra', 'r-til'])
      forvent((await side.locator('#hjaelp-' + id).innerText()).includes('Fx 31.12.2024 eller 2024-12-31'), id);
    await side.getByRole('button', { name: 'Log ud' }).click();
    await side.waitForLoadState();
  });

  await trin(`forsikringsselskabet lander på en side, det må bruge, og finder en sag på nummeret${m}`, async () => {
    await logInd(side, 'fs1', 'test-kodeord-for-fs1');
    lig(new global.URL(side.url()).pathname, '/ui/soeg', 'forsiden');
    lig(await side.locator('h1').innerText(), 'Find en sag', 'overskrift');
    lig(await side.getByRole('link', { name: 'Ny sag' }).count(), 0, 'ingen "Ny sag"');
    if (js) await axe(side, 'forsikringsselskabets forside');
    await side.locator('main').getByLabel('Sagsnummer', { exact: true }).fill('Hansen');
    await side.locator('main').getByRole('button', { name: 'Søg', exact: true }).click();
    await side.waitForLoadState();
    forvent((await side.locator('#fejl-q').innerText()).includes('sagsnummer'), 'kun sagsnummer, sagt ved feltet');
    await side.getByRole('button', { name: 'Log ud' }).click();
    await side.waitForLoadState();
  });

  await ctx.close();
}

await slut(browser);
