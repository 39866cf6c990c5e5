import { contentText } from '../i18n/content';

/** What the agent reads when the page hid or covered the palette, in the agent's language. */
export function hiddenMessage(): string {
  return contentText('paletteHidden');
}
