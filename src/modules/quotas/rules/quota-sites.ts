import { QuotaCategory } from './quota-rules';
import { count, Line } from './quota-line';
import { msg } from '../../../i18n/message';

/** An employer site's share of a headcount: its computable employees and the workers there who cover the quota. */
export interface SiteHeadcount {
  /** The headcount snapshot this breakdown divides. */
  snapshotId: string;
  siteId: string;
  siteName: string;
  computableHundredths: number;
  coveringWorkers: number;
  /** Art. 18 protected-category workers at the site. */
  protectedCoveringWorkers: number;
}

/** A site's share of one category's units due and its balance: positive is a surplus that may compensate another site. */
export interface SiteShare {
  siteId: string;
  due: number;
  balance: number;
}

export interface SiteAllocation {
  sites: SiteShare[];
  compensatedUnits: number;
  lines: Line[];
}

const SITE_RULE: Record<
  QuotaCategory,
  { suffix: string; reference: string; covering: (site: SiteHeadcount) => number }
> = {
  DISABLED: { suffix: '', reference: 'L. 68/1999 art. 5 c.8', covering: (site) => site.coveringWorkers },
  PROTECTED: {
    suffix: '_PROTECTED',
    reference: 'L. 68/1999 art. 18 c.2, art. 5 c.8',
    covering: (site) => site.protectedCoveringWorkers,
  },
};

/**
 * Compensation among sites (art. 5 c.8): the obligation is national, so a category's units due are shared among
 * the sites in proportion to their computable employees (largest remainders, so the shares add up to the national
 * figure), and a site's surplus covers another's deficit. The national shortfall does not change; what this shows
 * is where the workers are and how many units are compensated, as the annual report declares them.
 */
export function allocateAmongSites(
  due: number,
  category: QuotaCategory,
  sites: readonly SiteHeadcount[],
): SiteAllocation {
  const rule = SITE_RULE[category];
  const weight = sites.reduce((sum, s) => sum + s.computableHundredths, 0);
  if (sites.length === 0 || weight === 0) {
    return {
      sites: sites.map((s) => ({ siteId: s.siteId, due: 0, balance: rule.covering(s) })),
      compensatedUnits: 0,
      lines: [],
    };
  }

  const shares = sites.map((site, index) => ({
    index,
    units: Math.floor((due * site.computableHundredths) / weight),
    remainder: (due * site.computableHundredths) % weight,
  }));
  let left = due - shares.reduce((sum, s) => sum + s.units, 0);
  for (const share of [...shares].sort((a, b) => b.remainder - a.remainder || a.index - b.index)) {
    if (left === 0) break;
    share.units += 1;
    left -= 1;
  }

  const allocated = sites.map((site, i) => ({
    site,
    siteId: site.siteId,
    due: shares[i].units,
    balance: rule.covering(site) - shares[i].units,
  }));
  const deficit = allocated.reduce((sum, s) => sum + Math.max(0, -s.balance), 0);
  const surplus = allocated.reduce((sum, s) => sum + Math.max(0, s.balance), 0);
  const compensatedUnits = Math.min(deficit, surplus);
  const lines: Line[] = allocated.map(({ site, due: siteDue, balance }) => ({
    code: `SITE_SHARE${rule.suffix}`,
    reference: rule.reference,
    message: msg('quotas.line.siteShare', {
      site: site.siteName,
      computable: site.computableHundredths / 100,
      total: weight / 100,
      due: siteDue,
      category,
      covering: rule.covering(site),
    }),
    value: { signed: balance },
  }));
  if (compensatedUnits > 0) {
    lines.push({
      code: `SITE_COMPENSATION${rule.suffix}`,
      reference: rule.reference,
      message: msg('quotas.line.siteCompensation', { category }),
      value: count(compensatedUnits),
    });
  }
  return {
    sites: allocated.map(({ siteId, due: siteDue, balance }) => ({ siteId, due: siteDue, balance })),
    compensatedUnits,
    lines,
  };
}
