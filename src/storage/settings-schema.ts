import { z } from 'zod';

import { hostPatternSchema } from '@/src/engine/rule-schema';

/** How collapsed items look: a one-line placeholder that can reveal them, or nothing at all. */
export const collapseModeSchema = z.enum(['placeholder', 'hide']);

/**
 * Small settings, kept in `storage.sync` so they follow the user between machines. Rules are large and live in
 * `storage.local` (see storage-items.ts).
 */
export const settingsSchema = z.strictObject({
  /** The global switch in the popup. */
  enabled: z.boolean().default(true),
  /** Hosts where the user pressed "pause on this site". */
  pausedHosts: z.array(hostPatternSchema).max(10_000).default([]),
  /** Find list items on sites that have no site rule. */
  genericDetection: z.boolean().default(true),
  collapseMode: collapseModeSchema.default('placeholder'),
  /** Sensitivity 1 (hide only the obvious) … 10 (hide more); the engine maps it to a score threshold. */
  sensitivity: z.number().int().min(1).max(10).default(5),
});

export type Settings = z.infer<typeof settingsSchema>;
export type CollapseMode = z.infer<typeof collapseModeSchema>;
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
