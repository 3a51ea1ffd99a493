export interface Budget {
  max?: number;
  below?: number;
  report?: boolean;
  what: string;
}
export const BUDGETS: Record<string, Budget>;
export function verdict(name: string, value: number | undefined): string;
export function budgetText(name: string): string;
