/** What a settings command does to the settings, as a pure function; the result is validated by the settings schema. */
import { describeSchemaIssue } from '@/src/engine/describe-schema-issue';
import { formatIssuePath, WHOLE_FILE } from '@/src/engine/format-issue-path';
import { hostPatternSchema } from '@/src/engine/rule-schema';
import { errorResult, type BackgroundResult } from '@/src/messages';
import type { CheckedCommand } from '@/src/background/parse-background-message';
import { settingsSchema, type Settings } from '@/src/storage/settings-schema';

export type SettingsCommand = Extract<CheckedCommand, { type: `settings/${string}` }>;

export function applySettingsCommand(settings: Settings, command: SettingsCommand): BackgroundResult<Settings> {
  let next: unknown;
  if (command.type === 'settings/update') next = { ...settings, ...command.patch };
  else {
    const host = hostPatternSchema.safeParse(command.host);
    if (!host.success) return errorResult('error_siteInvalid', command.host.slice(0, 100), describeSchemaIssue(host.error.issues[0]!, command.host));
    const others = settings.pausedHosts.filter((paused) => paused !== host.data);
    next = { ...settings, pausedHosts: command.paused ? [...others, host.data] : others };
  }
  const parsed = settingsSchema.safeParse(next);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0]!;
  return errorResult('error_settingsInvalid', formatIssuePath(issue.path) || WHOLE_FILE, describeSchemaIssue(issue, next));
}
