/**
 * What the engine says about one item. Every point of the score is accounted for by a reason, so any hidden item
 * can say why it was hidden (the placeholder, the popup and the options page's rule tester all show these).
 */
export type ReasonSource =
  /** A keyword or phrase rule matched (user or default list). */
  | 'keyword'
  /** A regex rule matched. */
  | 'regex'
  /** An allow rule matched: negative evidence, or `alwaysShow`. */
  | 'allow'
  /** A built-in structural signal (the spam template's shape, contact bait, …). */
  | 'signal'
  /** The statistical character n-gram model. */
  | 'model';

export interface Reason {
  source: ReasonSource;
  /** Rule id for rule reasons, signal id for signals (`signal:template`, …), `model` for the model. */
  id: string;
  /** Readable name: the rule's name, or the signal's shipped (Chinese) name; shown through `displayName`. */
  name: string;
  /** The terms as the item's text showed them (not normalised), at most a few. */
  terms: string[];
  /** What this reason added to the score (negative for allow rules). */
  delta: number;
}

export interface Verdict {
  spam: boolean;
  score: number;
  threshold: number;
  /** Sorted by |delta|, largest first. */
  reasons: Reason[];
}

/** The text of one list item, as a news list shows it. */
export interface ItemText {
  title: string;
  summary?: string;
}
