/**
 * Checks the shape of a message before the background acts on it. The types in `messages.ts` say what our pages
 * mean to send; at run time a message is just `unknown`, and a content script (so a hostile page) may send anything,
 * so every field is checked here. Payloads that are rule lists or rules stay `unknown` and go through the rule-list
 * check later, which reports problems by path.
 */
import { z } from 'zod';

import { MAX_KEYWORD_SETS, MAX_RULES } from '@/src/engine/rule-schema';
import { errorMessage, type BackgroundMessage, type ErrorMessage } from '@/src/messages';

/** Which messages are ours and who may send them; `satisfies` fails the build if a message type is left out. */
const MESSAGE_AUDIENCES = {
  'rules/upsert': 'privileged',
  'rules/delete': 'privileged',
  'rules/set-enabled': 'privileged',
  'rules/import': 'privileged',
  'rules/undo': 'privileged',
  'rules/reset': 'privileged',
  'rules/dismiss-defaults-notice': 'privileged',
  'settings/update': 'privileged',
  'settings/set-host-paused': 'privileged',
  'picker/start': 'privileged',
  'tab/get-item-frames': 'privileged',
  'badge/set-count': 'content-script',
  'picker/save-rule': 'content-script',
} as const satisfies Record<BackgroundMessage['type'], Audience>;

const idsSchema = z.array(z.string().max(64)).max(MAX_RULES);

const privilegedCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('rules/upsert'),
    rules: z.array(z.unknown()).max(MAX_RULES),
    keywordSets: z.array(z.unknown()).max(MAX_KEYWORD_SETS).optional(),
  }),
  z.strictObject({ type: z.literal('rules/delete'), ids: idsSchema }),
  z.strictObject({ type: z.literal('rules/set-enabled'), id: z.string().max(64), enabled: z.boolean() }),
  z.strictObject({ type: z.literal('rules/import'), list: z.unknown(), mode: z.enum(['merge', 'replace']) }),
  z.strictObject({ type: z.literal('rules/undo') }),
  z.strictObject({ type: z.literal('rules/reset') }),
  z.strictObject({ type: z.literal('rules/dismiss-defaults-notice') }),
  z.strictObject({ type: z.literal('settings/update'), patch: z.record(z.string(), z.unknown()) }),
  z.strictObject({ type: z.literal('settings/set-host-paused'), host: z.string().max(300), paused: z.boolean() }),
  z.strictObject({ type: z.literal('picker/start'), tabId: z.number().int().nonnegative() }),
  z.strictObject({ type: z.literal('tab/get-item-frames'), tabId: z.number().int().nonnegative() }),
]);
export type CheckedCommand = z.infer<typeof privilegedCommandSchema>;

const contentScriptMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('badge/set-count'), count: z.number().int().nonnegative() }),
  z.strictObject({ type: z.literal('picker/save-rule'), sessionId: z.string().max(100), rule: z.unknown() }),
]);
export type CheckedContentScriptMessage = z.infer<typeof contentScriptMessageSchema>;

export type Audience = 'privileged' | 'content-script';

export type ParsedBackgroundMessage =
  /** Not one of ours (another page's message on the same runtime channel): leave it unanswered. */
  | { kind: 'not-ours' }
  /** One of ours with the wrong shape; `audience` says who may send it, to check the sender before answering. */
  | { kind: 'invalid'; audience: Audience; error: ErrorMessage }
  | { kind: 'privileged'; command: CheckedCommand }
  | { kind: 'content-script'; message: CheckedContentScriptMessage };

export function parseBackgroundMessage(message: unknown): ParsedBackgroundMessage {
  if (typeof message !== 'object' || message === null || !('type' in message) || typeof message.type !== 'string') {
    return { kind: 'not-ours' };
  }
  if (!Object.hasOwn(MESSAGE_AUDIENCES, message.type)) return { kind: 'not-ours' };
  const audience = MESSAGE_AUDIENCES[message.type as keyof typeof MESSAGE_AUDIENCES];
  if (audience === 'privileged') {
    const parsed = privilegedCommandSchema.safeParse(message);
    return parsed.success ? { kind: 'privileged', command: parsed.data } : invalid(audience, message.type, parsed.error);
  }
  const parsed = contentScriptMessageSchema.safeParse(message);
  return parsed.success ? { kind: 'content-script', message: parsed.data } : invalid(audience, message.type, parsed.error);
}

function invalid(audience: Audience, type: string, error: z.ZodError): ParsedBackgroundMessage {
  // A problem of the whole message (an unknown field, say) has no path: `*` stands for the message.
  const fields = [...new Set(error.issues.map((issue) => issue.path.join('.') || '*'))].join(', ');
  return { kind: 'invalid', audience, error: errorMessage('error_messageShape', type, fields) };
}
