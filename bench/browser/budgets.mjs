/**
 * The budgets (issue 8), figure by figure: `max` is the most the figure may be,
 * `below` a bound it must stay under; `report` figures have none.
 */
export const BUDGETS = {
  contentScriptKB: { max: 40, what: 'always-on content script, minified' },
  detectNegativeMs: { max: 2, what: 'deciding a 5,000-element page is not the form' },
  detectMs: { max: 5, what: 'recognising and mapping the sample form' },
  keystrokeMs: { max: 1, what: 'input event → field mark updated' },
  fillHtmlMs: { max: 10, what: 'filling every field of the sample form' },
  pdfFillMs: { max: 100, what: 'PDF read + fill + save in the browser' },
  pdfFillVsPdftk: { below: 1, what: 'same fill in Node, ours / pdftk fill_form' },
  popupKB: { max: 50, what: 'popup bundle, minified' },
  popupMs: { max: 100, what: 'popup open → first paint with profiles' },
  zipKB: { report: true, what: 'Chrome zip' },
};

/** 'PASS', 'OVER' or 'report' for a figure against its budget. */
export function verdict(name, value) {
  const budget = BUDGETS[name];
  if (!budget || budget.report) return 'report';
  if (value === undefined || Number.isNaN(value)) return 'MISSING';
  const within = budget.below !== undefined ? value < budget.below : value <= budget.max;
  return within ? 'PASS' : 'OVER';
}

/** The budget as the table prints it. */
export function budgetText(name) {
  const budget = BUDGETS[name];
  if (!budget || budget.report) return 'report';
  return budget.below !== undefined ? `< ${budget.below}` : `≤ ${budget.max}`;
}
