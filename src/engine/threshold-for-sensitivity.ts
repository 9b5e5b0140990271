/**
 * Sensitivity (settings, 1…10, default 5) to score threshold: each step moves the threshold by `STEP`, higher
 * sensitivity hides at a lower score (1: 5.9, 5: 3.5, 10: 0.5). The default sits in the gap between the highest-scoring
 * real items and the lowest-scoring spam of the dev corpus when the model has not seen them (`npm run train` prints
 * the cross-validated figures).
 */
export const DEFAULT_SENSITIVITY = 5;
const DEFAULT_THRESHOLD = 3.5;
const STEP = 0.6;

export function thresholdForSensitivity(sensitivity: number): number {
  const level = Number.isFinite(sensitivity) ? Math.min(10, Math.max(1, Math.round(sensitivity))) : DEFAULT_SENSITIVITY;
  return Math.round((DEFAULT_THRESHOLD + (DEFAULT_SENSITIVITY - level) * STEP) * 10) / 10;
}
