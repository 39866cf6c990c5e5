import { type Notice, notice } from '../i18n/notice';
import type { Problem } from './parse';

// What the template language tells the agent, as catalogue codes (lib/i18n/template.ts).

const DATE_EXAMPLES = '{{date}}, {{date +3d}}, {{date -1w}}, {{date +2bd short}}';

export function problemNotice(p: Problem): Notice {
  switch (p.code) {
    case 'unknown':
      return p.suggestion
        ? notice('tplUnknownSuggest', { name: p.name, suggestion: p.suggestion })
        : notice('tplUnknown', { name: p.name });
    case 'empty':
      return notice('tplEmpty');
    case 'unclosed':
      return notice('tplUnclosed');
    case 'badDate':
      return notice('tplBadDate', { written: p.written, examples: DATE_EXAMPLES });
    case 'emptyField':
      return notice('tplEmptyField');
    case 'badChoice':
      return notice('tplBadChoice');
    case 'badTab':
      return notice('tplBadTab');
    case 'strayOptionalEnd':
      return notice('tplStrayOptionalEnd');
    case 'unclosedOptional':
      return notice('tplUnclosedOptional', { label: p.label });
  }
}

export function missingNotice(name: string, isField: boolean): Notice {
  return notice(isField ? 'tplFieldEmpty' : 'tplValueMissing', { name });
}
