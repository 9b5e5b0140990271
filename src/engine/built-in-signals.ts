/**
 * The engine's built-in signals: evidence that keyword rules cannot express (the spam template's punctuation shape, a
 * contact handle after a bait word, the statistical model). They read the default keyword sets named here, so their
 * vocabulary ships and updates with the default list; their logic ships with the code. Each can be switched off
 * like a default rule: put its id in `disabledIds`. Their names are shown from the catalogues' `name_…` messages, in
 * the user's language (shipped-names.ts); the Chinese names here are what reasons carry.
 */
export const BUILT_IN_SIGNALS = [
  {
    id: 'signal:template',
    name: '外挂推广模板',
    description: '“X分钟开挂”或“玩家必看”一类开头、引号里的游戏名带辅助或透视、括号结尾如(发现有挂)：这类推广的固定格式',
  },
  {
    id: 'signal:contact',
    name: '联系方式引流',
    description: '加微、vx、QQ 等字样后面跟着号码',
  },
  {
    id: 'model',
    name: '统计模型',
    description: '由标注语料训练的字符模型：整体读起来像外挂推广还是像新闻',
  },
] as const;

export type BuiltInSignalId = (typeof BUILT_IN_SIGNALS)[number]['id'];

/** The default keyword sets each signal reads. A set the user switched off is simply not read. */
export const SIGNAL_SET_IDS = {
  /** Cheat-tool words, for the template's quoted and bracketed parts. */
  cheat: [
    'default:set:gua-words',
    'default:set:assist-words',
    'default:set:see-through-words',
    'default:set:cheat-terms',
    'default:set:cheat-phrases',
  ],
  /** Game names, for the template's quoted part. */
  game: ['default:set:games'],
  /** Bait words that precede a contact handle. */
  contact: ['default:set:contact'],
  /** Teaser openers (推荐一款, 玩家必看) that stand where the template's time lead stands. */
  lead: ['default:set:template-leads'],
  /** Words that report an ad's claims (所谓"…", "…"的广告): the quoted words beside them are a mention, not a pitch. */
  mention: ['default:set:mention-words'],
} as const;

/** Names by id, gathered once: every signal and model reason carries its name. */
const SIGNAL_NAMES = Object.fromEntries(BUILT_IN_SIGNALS.map(({ id, name }) => [id, name])) as Record<BuiltInSignalId, string>;

export function builtInSignalName(id: BuiltInSignalId): string {
  return SIGNAL_NAMES[id];
}
