// Taking a replica apart the way a helpdesk release might (issue #16): wrappers renamed,
// removed or unwrapped, one part at a time, so each test can check what is still read.

export type Mutation = (doc: Document) => void;

/** Gives every element matching `selector` another value for `attribute` (or removes it). */
export const rename =
  (selector: string, attribute: string, to?: string): Mutation =>
  (doc) => {
    for (const el of doc.querySelectorAll(selector)) {
      if (to === undefined) el.removeAttribute(attribute);
      else el.setAttribute(attribute, to);
    }
  };

/** Removes elements matching `selector` with everything in them. */
export const remove =
  (selector: string): Mutation =>
  (doc) => {
    for (const el of doc.querySelectorAll(selector)) el.remove();
  };

/** Replaces each element matching `selector` with its children (keeping `hidden` on them). */
export const unwrap =
  (selector: string): Mutation =>
  (doc) => {
    for (const el of doc.querySelectorAll(selector)) el.replaceWith(...el.childNodes);
  };

/** Removes classes from every element that has them. */
export const dropClass =
  (...classes: string[]): Mutation =>
  (doc) => {
    for (const c of classes) for (const el of doc.querySelectorAll(`.${c}`)) el.classList.remove(c);
  };

export const all =
  (...mutations: Mutation[]): Mutation =>
  (doc) => {
    for (const m of mutations) m(doc);
  };
