/**
 * Text the page guard shows in pages (placeholders, the picker), from the extension's message catalogues: zh_CN
 * first, English for English browsers. The fallbacks are the zh_CN text, used where no catalogue answers (unit tests,
 * a context being torn down).
 */
import { browser } from 'wxt/browser';

const FALLBACKS = {
  page_placeholderSummary: '已折叠 $1 条疑似垃圾信息',
  page_placeholderReasonSeparator: '、',
  page_placeholderShow: '显示',
  page_itemGone: '这一条已经不在页面上了。',
  page_placeholderHide: '隐藏',
  page_placeholderShowLabel: '显示已折叠的 $1 条信息',
  page_placeholderHideLabel: '重新折叠这 $1 条信息',
  page_placeholderRegionLabel: '净读：已折叠的疑似垃圾信息',
  page_pickerHint: '净读：点击要处理的条目或区块，按 Esc 取消。',
  page_pickerMatches: '匹配 $1 个元素：$2',
  page_pickerJudgeItems: '判断这类条目',
  page_pickerHideBlock: '始终隐藏这个区块',
  page_pickerCancel: '取消',
  page_pickerSaved: '已保存规则。',
  page_pickerFailed: '没有保存：$1',
  page_pickerRuleName: '$1 上选取的规则',
  page_pickerLabel: '净读元素选取',
} as const;

export type PageMessageKey = keyof typeof FALLBACKS;
export type Translate = (key: PageMessageKey, ...substitutions: string[]) => string;

function fill(template: string, substitutions: readonly string[]): string {
  return template.replace(/\$(\d)/g, (match, digit: string) => substitutions[Number(digit) - 1] ?? match);
}

/** Placeholders ask for the same few strings again and again ("已折叠 1 条…"): remember them. */
const remembered = new Map<string, string>();

/** Looks text up in the extension's catalogues, falling back to the built-in zh_CN text. */
export const translate: Translate = (key, ...substitutions) => {
  const cacheKey = `${key}\u0000${substitutions.join('\u0000')}`;
  const known = remembered.get(cacheKey);
  if (known !== undefined) return known;
  const text = lookUp(key, substitutions);
  if (remembered.size < 200) remembered.set(cacheKey, text);
  return text;
};

function lookUp(key: PageMessageKey, substitutions: string[]): string {
  let text = '';
  try {
    text = browser.i18n.getMessage(key, substitutions);
  } catch {
    // No catalogue here (tests) or the extension context is gone: use the fallback.
  }
  return text === '' ? fill(FALLBACKS[key], substitutions) : text;
}

/** The built-in text only (unit tests, and pages that must not call extension APIs). */
export const translateWithFallbacks: Translate = (key, ...substitutions) => fill(FALLBACKS[key], substitutions);

/** The language of our own UI text, for `lang` attributes (screen readers and fonts pick it up). */
export function uiLanguage(): string {
  try {
    const language = browser.i18n.getUILanguage();
    return /^en\b/i.test(language) ? language : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}
