/**
 * The on/off switch in a row of the rules or keyword-sets list: switches a user or default item by id through the
 * background and says so in the status line.
 */
import { createSwitch, type Switch } from '@/src/ui/create-switch';
import { nameOf, t } from '@/src/ui/i18n';
import type { OptionsContext } from '@/src/ui/options/options-context';

export function createEnabledSwitch(
  context: OptionsContext,
  item: { id: string; name: string },
  isEnabled: boolean,
): Switch {
  const name = nameOf(item);
  return createSwitch({
    label: t('options_ruleEnabledLabel', name),
    isLabelHidden: true,
    checked: isEnabled,
    focusKey: `enabled:${item.id}`,
    onToggle: async (enabled) =>
      (
        await context.run(
          { type: 'rules/set-enabled', id: item.id, enabled },
          { done: t(enabled ? 'options_ruleEnabled' : 'options_ruleDisabled', name) },
        )
      ).ok,
  });
}
