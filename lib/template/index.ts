// The template language: placeholders, dates, cursor and fill-in fields. See README table.
export { formatDate, parseDate, shiftDate } from './dates';
export { escapeHtml, htmlToText } from './html';
export { parseTemplate, type Problem, type TemplateNode } from './parse';
export { ALIASES, resolveVariable, VARIABLES, type Variable } from './placeholders';
export { type RenderOptions, type RenderResult, renderTemplate, SECTION_OFF, type TemplateError } from './render';
export { type FieldSpec, fieldsOf, type ValidationResult, validateTemplate } from './validate';
export { type TemplateValues, valuesFromContext, variableValue } from './values';
