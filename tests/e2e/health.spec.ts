import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, GMAIL_URL, launchWithExtension, openReplica, panelFor, ZENDESK_URL } from './browser';

// Issue #16: the side panel says which parts of the conversation Tonlage found, and copies
// the page's structure for a bug report without any text from the page.

let ext: ExtensionBrowser;
beforeAll(async () => {
  ext = await launchWithExtension();
  // The clipboard is read back from a replica page (Chromium grants no permission to an extension origin).
  await ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://mail.google.com' });
});
afterAll(async () => {
  await ext?.close();
});

const found = (panel: Awaited<ReturnType<typeof panelFor>>, part: string) =>
  panel.getByTestId(`health-${part}`).getAttribute('data-found');

describe('site health', () => {
  it('shows what was found, and what went missing when the page lost a part', async () => {
    const page = await openReplica(ext.context, `${ZENDESK_URL}4711`);
    const panel = await panelFor(ext, page);
    await panel.getByTestId('site-health').locator('summary').click();
    await expect.poll(() => found(panel, 'lastMessage')).toBe('true');
    for (const part of ['replyBox', 'customer', 'email', 'subject', 'lastMessage', 'agent']) {
      expect.soft(await found(panel, part), part).toBe('true');
    }
    // A helpdesk release drops the subject field: only that part goes missing.
    await page.evaluate(() =>
      document.querySelectorAll('[data-test-id="omni-header-subject"]').forEach((el) => el.remove()),
    );
    await page.locator('.ck-editor__editable:visible').click();
    await expect.poll(() => found(panel, 'subject')).toBe('false');
    expect(await found(panel, 'customer')).toBe('true');
    expect(await found(panel, 'lastMessage')).toBe('true');
    await Promise.all([panel.close(), page.close()]);
  });

  it('copies the page structure and no text of the page', async () => {
    const page = await openReplica(ext.context, GMAIL_URL);
    const panel = await panelFor(ext, page);
    await panel.getByTestId('site-health').locator('summary').click();
    await panel.getByTestId('copy-structure').click();
    await panel
      .getByRole('status')
      .filter({ hasText: /Copied|Kopiert/ })
      .waitFor();
    await page.bringToFront();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/<div [^>]*role="textbox"[^>]*g_editable="true"/);
    expect(copied).toContain('class="adn ads"');
    const words = await page.evaluate(() => [
      ...new Set(
        [
          document.body.innerText,
          ...[...document.querySelectorAll('[email],[data-name],[aria-label],[title]')].flatMap((el) =>
            ['email', 'data-name', 'aria-label', 'title'].map((a) => el.getAttribute(a) ?? ''),
          ),
        ]
          .join(' ')
          .split(/[\s,.:;!?()<>"„“]+/)
          .filter((w) => w.length >= 4),
      ),
    ]);
    expect(words.length).toBeGreaterThan(30);
    const tokens = new Set(copied.toLowerCase().split(/[^\p{L}\p{N}_]+/u));
    expect(words.filter((w) => tokens.has(w.toLowerCase()))).toEqual([]);
    expect(copied).not.toMatch(/@/);
    await Promise.all([panel.close(), page.close()]);
  });
});
