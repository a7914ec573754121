import { QuotaResult, sanctionExposure, unitLine } from './quota-computation';
import { count, Line, lineCount } from './quota-line';
import { msg } from '../../../i18n/message';

/**
 * Compensation within a corporate group (L. 68/1999 art. 5 c.8 as amended by DL 138/2011 art. 9): a company of the
 * group that employs more disabled workers than it owes carries the surplus, automatically, to the shortfall of
 * another. Only workers employed count as surplus (not conventions or exemptions). Surpluses go to shortfalls in a
 * fixed order (by employer ID), the latest uncovered units first, and the exposure is priced again on what is left.
 */
export function compensateWithinGroups(
  results: ReadonlyMap<string, QuotaResult>,
  groups: ReadonlyMap<string, string>,
): Map<string, QuotaResult> {
  const compensated = new Map(results);
  const members = new Map<string, string[]>();
  for (const [employerId, group] of groups) {
    if (results.has(employerId)) members.set(group, [...(members.get(group) ?? []), employerId].sort());
  }
  for (const [group, ids] of members) {
    const surplus = new Map(
      ids.map((id) => {
        const { disabled } = results.get(id)!;
        return [id, Math.max(0, Math.floor(disabled.covered) - disabled.due)];
      }),
    );
    for (const recipient of ids) {
      const result = compensated.get(recipient)!;
      let units = 0;
      for (const donor of ids) {
        const available = surplus.get(donor)!;
        const taken = donor === recipient ? 0 : Math.min(available, result.disabled.shortfall - units);
        if (taken === 0) continue;
        surplus.set(donor, available - taken);
        units += taken;
        compensated.set(
          donor,
          withLine(compensated.get(donor)!, {
            code: 'GROUP_SURPLUS_USED',
            reference: 'L. 68/1999 art. 5 c.8; DL 138/2011 art. 9',
            message: msg('quotas.line.groupSurplusUsed', { group }),
            value: count(taken),
          }),
        );
      }
      if (units > 0) compensated.set(recipient, lessUnits(result, units, group));
    }
  }
  return compensated;
}

function withLine(result: QuotaResult, line: Line): QuotaResult {
  const existing = result.lines.find((l) => l.code === line.code);
  if (!existing) return { ...result, lines: [...result.lines, line] };
  const merged = { ...existing, value: count(lineCount(existing) + lineCount(line)) };
  return { ...result, lines: result.lines.map((l) => (l === existing ? merged : l)) };
}

/** The result with `units` fewer disabled units missing: the latest to have become uncovered go first. */
function lessUnits(result: QuotaResult, units: number, group: string): QuotaResult {
  const disabledUnits = result.uncoveredUnits.filter((u) => u.category === 'DISABLED');
  const kept = new Set(disabledUnits.slice(0, disabledUnits.length - units));
  const uncoveredUnits = result.uncoveredUnits.filter((u) => u.category !== 'DISABLED' || kept.has(u));
  const sanctionable = uncoveredUnits.filter((u) => u.sanctionableFrom <= result.asOf);
  const exposure = sanctionExposure(sanctionable, result.ruleVersion!);
  const shortfall = result.disabled.shortfall - units;
  const lines = [
    ...result.lines.filter(
      (l) => !['UNCOVERED_DISABLED_UNIT', 'SANCTION_EXPOSURE', 'SANCTION_EXCLUDES_PROTECTED'].includes(l.code),
    ),
    {
      code: 'GROUP_COMPENSATION',
      reference: 'L. 68/1999 art. 5 c.8; DL 138/2011 art. 9',
      message: msg('quotas.line.groupCompensation', { group, shortfall }),
      value: count(units),
    },
    ...uncoveredUnits.filter((u) => u.category === 'DISABLED').map(unitLine),
    ...(uncoveredUnits.length > 0 ? exposure.lines : []),
  ];
  const status = uncoveredUnits.length === 0 ? 'COVERED' : sanctionable.length > 0 ? 'UNCOVERED' : 'IN_GRACE';
  return {
    ...result,
    status,
    disabled: { ...result.disabled, shortfall },
    uncoveredUnits,
    exposurePerDayCents: exposure.cents,
    groupCompensatedUnits: result.groupCompensatedUnits + units,
    lines,
  };
}
