/**
 * The error for a failed `storage.set`. Chromium rejects with "QUOTA_BYTES quota exceeded" (8 KB per item in
 * `storage.sync`; `storage.local` has no quota in our Chrome build, which asks for `unlimitedStorage`, so there it
 * means a full disk), Firefox with a similar quota message. A failed set changes nothing, so the message can promise
 * that the previous rules are intact.
 */
import { errorMessage, type ErrorMessage } from '@/src/messages';

export function describeWriteError(error: unknown): ErrorMessage {
  const detail = error instanceof Error ? error.message : String(error);
  return /quota/i.test(detail) ? errorMessage('error_storageFull') : errorMessage('error_writeFailed', detail);
}
