import { ConflictError } from '../db/errors';
import type { SettingsConflict } from '../settings';

// What a refused write (ConflictError) tells the interface: the entry as stored now.

/** The stored snippet or note a stale write was refused for, or undefined for any other outcome. */
export function conflictOf<T>(error: unknown): T | undefined {
  return error instanceof ConflictError && error.entity !== 'settings' ? (error.current as T) : undefined;
}

/** The settings and the keys a stale settings form was refused for. */
export function settingsConflictOf(error: unknown): SettingsConflict | undefined {
  return error instanceof ConflictError && error.entity === 'settings'
    ? (error.current as SettingsConflict)
    : undefined;
}
