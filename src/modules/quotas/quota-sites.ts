import { formatHundredths, Line } from './quota-rules';

/** An employer site's share of a headcount: its computable employees and the workers there who cover the quota. */
export interface SiteHeadcount {
  /** The headcount snapshot this breakdown divides. */
  snapshotId: string;
  siteId: string;
  siteName: string;
  computableHundredths: number;
  coveringWorkers: number;
}

export interface SiteQuota extends SiteHeadcount {
  due: number;
  /** Covering workers less the units due: positive is a surplus that may compensate another site. */
  balance: number;
}

export interface SiteAllocation {
  sites: SiteQuota[];
  compensatedUnits: number;
  lines: Line[];
}

/**
 * Compensation among sites (art. 5 c.8): the obligation is national, so the disabled units due are shared among
 * the sites in proportion to their computable employees (largest remainders, so the shares add up to the national
 * figure), and a site's surplus covers another's deficit. The national shortfall does not change; what this shows
 * is where the workers are and how many units are compensated, as the annual report declares them.
 */
export function allocateAmongSites(due: number, sites: readonly SiteHeadcount[]): SiteAllocation {
  const weight = sites.reduce((sum, s) => sum + s.computableHundredths, 0);
  if (sites.length === 0 || weight === 0) return { sites: sites.map((s) => ({ ...s, due: 0, balance: s.coveringWorkers })), compensatedUnits: 0, lines: [] };

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

  const allocated = sites.map((site, i) => ({ ...site, due: shares[i].units, balance: site.coveringWorkers - shares[i].units }));
  const deficit = allocated.reduce((sum, s) => sum + Math.max(0, -s.balance), 0);
  const surplus = allocated.reduce((sum, s) => sum + Math.max(0, s.balance), 0);
  const compensatedUnits = Math.min(deficit, surplus);
  const lines: Line[] = allocated.map((site) => ({
    code: 'SITE_SHARE',
    reference: 'L. 68/1999 art. 5 c.8',
    description: `${site.siteName}: ${formatHundredths(site.computableHundredths)} of ${formatHundredths(weight)} computable employees, ${site.due} units due, ${site.coveringWorkers} covering`,
    value: site.balance > 0 ? `+${site.balance}` : String(site.balance),
  }));
  if (compensatedUnits > 0) {
    lines.push({
      code: 'SITE_COMPENSATION',
      reference: 'L. 68/1999 art. 5 c.8',
      description: 'Units a surplus at one site compensates for a deficit at another: declare them in the annual report',
      value: String(compensatedUnits),
    });
  }
  return { sites: allocated, compensatedUnits, lines };
}
