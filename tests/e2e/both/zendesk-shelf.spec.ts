import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clickText, fillLabel, mark, testId, textOf, waitFor } from '../drivers/dom';
import { BROWSERS, type Driver, launch, type Tab } from '../drivers';
import { libraryRows, panelFor } from '../drivers/extension';
import { SITE_REPLICAS } from '../replicas';
import { zendeskApi } from '../zendesk-api';
import { openPalette } from './palette-open';
import { shelfMeta, shelfRows } from './shelf-rows';

// Issue #18 part 1, in Chromium and Firefox: the team macros of the replica Zendesk, read
// with the agent's session cookie from the Zendesk page, kept per subdomain, refreshed on
// demand, and kept as they were when Zendesk refuses (logged out, rate limit, unreachable).

const DELAY = 'Versand::Lieferung verzögert';
const DELAY_TEXT = '<p>Hallo {{ticket.requester.first_name}}, Ihre Lieferung verzögert sich leider um zwei Tage.</p>';
const SHELF = 'zendesk:acme';

function logOut(): void {
  zendeskApi.session = 'after-logout';
}
function unplug(): void {
  zendeskApi.unreachable = true;
}
function demote(): void {
  zendeskApi.forbidden = true;
}

function seed() {
  zendeskApi.reset();
  const delay = zendeskApi.put(DELAY, DELAY_TEXT, { actions: [{ field: 'status', value: 'pending' }] });
  // 230 more: three pages of 100.
  for (let i = 1; i <= 230; i++)
    zendeskApi.put(`Allgemein::Baustein ${i}`, `<p>Text ${i}, vielen Dank für Ihre Geduld.</p>`);
  return delay;
}

describe.each(BROWSERS)('the Zendesk team shelf in %s', (name) => {
  let driver: Driver;
  let page: Tab;
  let panel: Tab;
  let delayId: number;
  const titles = async () => (await shelfRows(driver, SHELF)).map((r) => r.title);
  /** What the palette in the Zendesk composer shows for `query`: its items, and the preview of the first. */
  const palette = async (query: string, item: RegExp) => {
    await page.front();
    await page.click(await mark(page, { selector: '.ck-editor__editable' }));
    const frame = await openPalette(page);
    await page.type(query);
    // The chosen item (the first, an exact title ranks first) is the team macro.
    await expect
      .poll(() => textOf(frame, `${testId('palette-item')}[aria-selected="true"]`), { timeout: 15_000 })
      .toMatch(item);
    const shown = {
      preview: await textOf(frame, testId('palette-preview')),
      note: await textOf(frame, testId('team-actions-note')),
    };
    await page.press('Escape');
    return shown;
  };
  /** The titles the side panel's library search lists for `query`. */
  const panelFinds = async (query: string) => {
    await panel.front();
    await panel.fill(`${testId('library-search')} input`, query);
    return () =>
      panel.evaluate(() =>
        [...document.querySelectorAll('[data-testid="snippet-item"] .snippet-title')].map((e) => e.textContent),
      );
  };
  const refresh = async () => {
    await panel.front();
    await clickText(panel, testId('zendesk-shelf-refresh'), '^(Refresh now|Jetzt aktualisieren)$');
  };

  beforeAll(async () => {
    delayId = seed().id;
    driver = await launch(name);
  });
  afterAll(async () => {
    await driver?.close();
  });
  beforeEach(() => {
    zendeskApi.session = 'agent-session-1';
    zendeskApi.unreachable = false;
    zendeskApi.forbidden = false;
    zendeskApi.rateLimit = undefined;
  });

  it('reads every page of macros with the session cookie when the agent opens Zendesk', async () => {
    page = await driver.open(SITE_REPLICAS.zendesk);
    await expect
      .poll(async () => (await titles()).length, { timeout: 20_000 })
      .toBe(231)
      .catch(async (e) => {
        // Say what the shelf recorded and what reached the replica, for a failure that does not repeat.
        console.log(
          '[zendesk-shelf]',
          JSON.stringify(await shelfMeta(driver, SHELF)),
          JSON.stringify(zendeskApi.requests),
        );
        throw e;
      });
    expect(zendeskApi.requests.map((r) => r.status)).toEqual([200, 200, 200]);
    // The page's own request (docs/platform.md): no extension origin, the session cookie went along.
    expect(JSON.stringify(zendeskApi.requests)).not.toMatch(/extension:/);
    expect(zendeskApi.requests[0]!.url).toBe('https://acme.zendesk.com/api/v2/macros/active.json?page[size]=100');
    const [delay] = (await shelfRows(driver, SHELF)).filter((r) => r.title === DELAY);
    expect(delay).toMatchObject({
      tags: [],
      format: 'html',
      language: 'de',
      origin: { remoteId: String(delayId) },
    });
    panel = await panelFor(driver, page);
    await expect.poll(() => textOf(panel, testId('zendesk-shelf-count'))).toMatch(/231/);
    expect(await textOf(panel, testId('zendesk-shelf-refreshed'))).toMatch(/(Last refreshed|Zuletzt aktualisiert): \S/);

    const shown = await palette(DELAY, /Lieferung verzögert/);
    expect(shown.preview).toContain('Hallo Jonas, Ihre Lieferung verzögert sich leider um zwei Tage.');
    expect(shown.note).toMatch(
      /(also sets the status|setzt dieses Makro außerdem den Status).*(only the text|nur den Text)/,
    );
    const listed = await panelFinds('Lieferung verzögert');
    await expect.poll(listed).toContain(DELAY);
    expect(await textOf(panel, `${testId('snippet-item')} ${testId('team-actions-note')}`)).not.toBeNull();
  });

  it('shows a created, a changed and a deleted macro after "refresh now"', async () => {
    zendeskApi.put('Versand::Neue Sendungsnummer', '<p>Ihre neue Sendungsnummer lautet {{input:Sendungsnummer}}.</p>');
    zendeskApi.put(DELAY, '<p>Hallo {{ticket.requester.first_name}}, Ihre Lieferung kommt drei Tage später.</p>', {
      id: delayId,
    });
    const gone = [...zendeskApi.macros.values()].find((m) => m.title === 'Allgemein::Baustein 7')!;
    zendeskApi.remove(gone.id);
    await refresh();
    await expect.poll(titles).toContain('Versand::Neue Sendungsnummer');
    const rows = await shelfRows(driver, SHELF);
    expect(rows.map((r) => r.title)).not.toContain('Allgemein::Baustein 7');
    expect(rows).toHaveLength(231);
    expect(rows.find((r) => r.title === DELAY)!.body).toContain('drei Tage später');

    expect((await palette('Versand::Neue Sendungsnummer', /Neue Sendungsnummer/)).preview).toContain(
      'Ihre neue Sendungsnummer lautet',
    );
    expect((await palette(DELAY, /Lieferung verzögert/)).preview).toContain('drei Tage später');
    const listed = await panelFinds('Baustein 7');
    await expect
      .poll(async () => {
        const titles = await listed();
        return titles.includes('Allgemein::Baustein 70') && !titles.includes('Allgemein::Baustein 7');
      })
      .toBe(true);
  });

  it('marks the macro "Team · Zendesk" and copies it into the own library, where it can be edited', async () => {
    const listed = await panelFinds(DELAY);
    await expect.poll(listed).toContain(DELAY);
    const item = await mark(panel, { selector: testId('snippet-item'), text: /Team · Zendesk/ });
    await panel.click(`${item} ${testId('copy-to-library')}`);
    await waitFor(panel, `${item} ${testId('copied')}`);
    const copy = (await libraryRows(driver)).find((r) => r.startsWith(`${DELAY} (`));
    expect(copy).toMatch(/^Versand::Lieferung verzögert \((Kopie|copy)\)\|$/);
    const title = copy!.slice(0, -1);

    const options = await driver.extensionPage('options.html');
    await fillLabel(options, '^(Search the library|Bibliothek durchsuchen)', 'Lieferung verzögert');
    await options.click(
      await mark(options, { selector: testId('snippet-item'), text: /Lieferung verzögert \((Kopie|copy)\)/ }),
    );
    await expect
      .poll(() => options.evaluate(() => document.querySelector<HTMLInputElement>('input[name="title"]')?.value))
      .toBe(title);
    await fillLabel(options, '^(Title|Titel)$', 'Versand::Lieferung verzögert – meine Fassung');
    await clickText(options, 'button', '^(Save|Speichern)$');
    await waitFor(options, testId('form-saved'));
    expect(await libraryRows(driver)).toContain('Versand::Lieferung verzögert – meine Fassung|');
    // The team's macro stays as Zendesk has it.
    expect(await titles()).toContain(DELAY);
    await options.close();
  });

  it('waits out a short Retry-After before asking again', async () => {
    zendeskApi.rateLimit = { times: 1, retryAfter: '1' };
    zendeskApi.put('Allgemein::Nach der Pause', '<p>Danke für Ihre Geduld.</p>');
    const from = zendeskApi.requests.length;
    await refresh();
    await expect.poll(titles, { timeout: 20_000 }).toContain('Allgemein::Nach der Pause');
    const asked = zendeskApi.requests.slice(from);
    expect(asked.map((r) => r.status)).toEqual([429, 200, 200, 200]);
    expect(asked[1]!.at - asked[0]!.at).toBeGreaterThanOrEqual(1000);
  });

  it.each([
    ['logged-out', logOut, /logged out of Zendesk|bei Zendesk abgemeldet/],
    ['network', unplug, /could not be reached|nicht erreichbar/],
    ['forbidden', demote, /does not let this account read macros|erlaubt diesem Konto nicht, Makros zu lesen/],
  ] as const)('says so when the refresh fails (%s) and keeps the last good copy', async (code, breakIt, text) => {
    const kept = await titles();
    breakIt();
    zendeskApi.put('Allgemein::Nie gesehen', '<p>Dieser Baustein darf nicht ankommen.</p>');
    await refresh();
    await expect
      .poll(() =>
        panel.evaluate(() => document.querySelector('[data-testid="zendesk-shelf-error"]')?.getAttribute('data-code')),
      )
      .toBe(code);
    expect(await textOf(panel, testId('zendesk-shelf-error'))).toMatch(text);
    expect(await textOf(panel, testId('zendesk-shelf-error'))).toMatch(/last good copy|letzte gute Kopie/);
    expect(await titles()).toEqual(kept);
    expect((await palette('Versand::Neue Sendungsnummer', /Neue Sendungsnummer/)).preview).toContain(
      'Ihre neue Sendungsnummer',
    );
    zendeskApi.remove([...zendeskApi.macros.values()].find((m) => m.title === 'Allgemein::Nie gesehen')!.id);
  });

  it('stops at a long Retry-After and asks nothing before that time, even on a click', async () => {
    zendeskApi.rateLimit = { times: 1, retryAfter: '3600' };
    await refresh();
    await expect
      .poll(() =>
        panel.evaluate(() => document.querySelector('[data-testid="zendesk-shelf-error"]')?.getAttribute('data-code')),
      )
      .toBe('rate-limited');
    const asked = zendeskApi.requests.length;
    await refresh();
    await expect
      .poll(() => textOf(panel, testId('zendesk-shelf-refresh'), '^(Refresh now|Jetzt aktualisieren)$'))
      .not.toBeNull();
    expect(zendeskApi.requests.length).toBe(asked);
    expect(await titles()).toHaveLength(232);
  });
});
