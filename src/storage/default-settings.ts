/**
 * The default settings, without zod: the content script (every page, every frame) uses them before storage answers
 * and must not carry the schema library. `settingsSchema.parse({})` gives the same value (unit-tested in
 * test/unit/storage/page-rule-state.test.ts), so settings-schema.ts stays the one definition.
 */
import type { Settings } from '@/src/storage/settings-schema';

export const PAGE_DEFAULT_SETTINGS: Settings = {
  enabled: true,
  pausedHosts: [],
  genericDetection: true,
  collapseMode: 'placeholder',
  sensitivity: 5,
};
