import type { RuleCases } from '../../../src/rules/_lib/types.js';

/** st-qualitative-band needs judgement (which band a free-text assessment claims): not-implemented on every document, so no cases. */
export const cases: RuleCases = { valid: [], invalid: [] };
