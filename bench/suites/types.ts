// A row of the peer-suite table printed by `npm run bench:peers`.
export interface SuiteRow {
  /** e.g. "recognizers-text/fr/number" */
  suite: string;
  /** Cases counted (those not marked unsupported in JavaScript, for Recognizers-Text). */
  cases: number;
  passed: number;
  /** Extra figures (detection F1, value accuracy...), printed after the pass rate. */
  notes?: string;
}
