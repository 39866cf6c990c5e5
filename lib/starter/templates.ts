import { ACCOUNT_TEMPLATES } from './templates/account';
import { CARE_TEMPLATES } from './templates/care';
import { DELIVERY_TEMPLATES } from './templates/delivery';
import { ESCALATION_TEMPLATES } from './templates/escalation';
import { GENERAL_TEMPLATES } from './templates/general';
import { MONEY_TEMPLATES } from './templates/money';
import { RETURNS_TEMPLATES } from './templates/returns';
import type { StarterTemplate } from './types';

export type { StarterTemplate } from './types';

/**
 * The starter library (issue #9): templates in German and English, linked by id, some with a
 * du-form variant. Written for Tonlage following HEARD and LAST: feelings first, then a
 * concrete next step with a date.
 */
export const STARTER_TEMPLATES: StarterTemplate[] = [
  ...ESCALATION_TEMPLATES,
  ...DELIVERY_TEMPLATES,
  ...MONEY_TEMPLATES,
  ...RETURNS_TEMPLATES,
  ...ACCOUNT_TEMPLATES,
  ...CARE_TEMPLATES,
  ...GENERAL_TEMPLATES,
];
