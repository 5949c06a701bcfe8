import type { NationalFormat, Regime } from '../types';

/** CHECKLIST.md: report years 2008–2018 → regime 2007; 2019–2020 → 2019 + format 2019-60; 2021 on → 2021-30. */
export function regimeForYear(year: number | null): { regime: Regime | null; format: NationalFormat | null } {
  if (year === null) return { regime: null, format: null };
  if (year <= 2018) return { regime: '2007', format: null };
  if (year <= 2020) return { regime: '2019', format: '2019-60' };
  return { regime: '2019', format: '2021-30' };
}
