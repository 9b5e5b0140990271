/**
 * The allow rule the popup's 不是垃圾 ("not spam") button saves: the item's title as an always-show term, limited to
 * the site it was on. It is an ordinary user rule, visible and removable in the options page; the popup offers to
 * undo it at once.
 */
import { hostPatternSchema, type AllowRule } from '@/src/engine/rule-schema';
import { t } from '@/src/ui/i18n';
import { newRuleId } from '@/src/ui/new-rule-id';

/** The schema's limit for one term. */
const MAX_TERM_LENGTH = 200;
const NAME_EXCERPT_LENGTH = 30;

export function createAllowRule(item: { title: string }, host: string): AllowRule | undefined {
  const text = item.title.replace(/\s+/gu, ' ').trim();
  if (text === '') return undefined;
  const hostPattern = hostPatternSchema.safeParse(host);
  const excerpt = text.length > NAME_EXCERPT_LENGTH ? `${text.slice(0, NAME_EXCERPT_LENGTH)}…` : text;
  return {
    kind: 'allow',
    id: newRuleId('allow'),
    name: t('popup_notSpamRuleName', excerpt),
    enabled: true,
    // A host the schema cannot express (an IPv6 literal) leaves the rule on every site: still only this text.
    hosts: hostPattern.success ? [hostPattern.data] : [],
    terms: [text.slice(0, MAX_TERM_LENGTH)],
    sets: [],
    weight: 3,
    unlessSets: [],
    alwaysShow: true,
  };
}
