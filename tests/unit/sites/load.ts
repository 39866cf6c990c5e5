import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Loads a fixture DOM into the test's document, at `url`. */
export function loadFixture(name: string, url: string): Document {
  const html = readFileSync(join(import.meta.dirname, 'fixtures', `${name}.html`), 'utf8');
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  document.body.innerHTML = html;
  return document;
}
