// Strings of the panel UI. Keys must be identical in both tables.

export const PANEL_EN = {} as const;

export const PANEL_DE: Record<keyof typeof PANEL_EN, string> = {};
