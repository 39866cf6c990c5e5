// Strings of the options UI. Keys must be identical in both tables.

export const OPTIONS_EN = {} as const;

export const OPTIONS_DE: Record<keyof typeof OPTIONS_EN, string> = {};
