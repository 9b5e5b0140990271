/** The name of the user's own copy of a rule or keyword set (a default one, say), as the editor starts it. */
import type { NamedItem } from '@/src/engine/shipped-names';
import { nameOf, t } from '@/src/ui/i18n';

/** The name the user sees, then （副本）/ (copy), within the 200 characters a name may have. */
export function copyName(item: NamedItem): string {
  return `${nameOf(item)}${t('options_copySuffix')}`.slice(0, 200);
}
