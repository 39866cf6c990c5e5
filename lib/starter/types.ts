import type { Mood } from '../db/schema';

/** One language version of a starter template. */
export interface StarterText {
  title: string;
  shortcut: string;
  body: string;
}

/** A template of the starter library: German and English linked by the same id. */
export interface StarterTemplate {
  /** Stable, kebab-case, e.g. 'grief-pet-food-return'. */
  id: string;
  /** 1 for all now; bumped when we change the text later. */
  version: number;
  /** English one-liner for us (not shown to customers). */
  situation: string;
  moods: Mood[];
  tags: string[];
  de: StarterText;
  en: StarterText;
  /** Du-form variant where a brand would use it (fashion, gaming, lifestyle). */
  deDu?: StarterText;
}

export type PhraseKind = 'opener' | 'acknowledgement' | 'apology' | 'bridge' | 'closing';

/** A short building block an agent drops into a reply. */
export interface StarterPhrase {
  id: string;
  version: number;
  kind: PhraseKind;
  moods: Mood[];
  de: string;
  en: string;
}
