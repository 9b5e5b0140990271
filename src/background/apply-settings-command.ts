/** What a settings command does to the settings, as a pure function; the result is validated by the settings schema. */
import { hostPatternSchema } from '@/src/engine/rule-schema';
import { errorResult, type BackgroundResult } from '@/src/messages';
import { describeSchemaIssue } from '@/src/rules-io/describe-schema-issue';
import { formatIssuePath } from '@/src/rules-io/format-issue-path';
import type { CheckedCommand } from '@/src/background/parse-background-message';
import { settingsSchema, type Settings } from '@/src/storage/settings-schema';

export type SettingsCommand = Extract<CheckedCommand, { type: `settings/${string}` }>;

export function applySettingsCommand(settings: Settings, command: SettingsCommand): BackgroundResult<Settings> {
  let next: unknown;
  if (command.type === 'settings/update') next = { ...settings, ...command.patch };
  else {
    const host = hostPatternSchema.safeParse(command.host);
    if (!host.success) return errorResult('error_siteInvalid', command.host.slice(0, 100), host.error.issues[0]?.message ?? '');
    const others = settings.pausedHosts.filter((paused) => paused !== host.data);
    next = { ...settings, pausedHosts: command.paused ? [...others, host.data] : others };
  }
  const parsed = settingsSchema.safeParse(next);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0]!;
  return errorResult('error_settingsInvalid', formatIssuePath(issue.path), describeSchemaIssue(issue, next));
}
