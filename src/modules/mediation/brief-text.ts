import PDFDocument from 'pdfkit';
import { Locale } from '../../i18n/locale';
import { enumLabel } from '../../i18n/enum-labels';
import { MessageKey } from '../../i18n/messages';
import { MessageParams, translate } from '../../i18n/translate';
import { MediationBriefData } from './brief.service';
import { Change } from './rules/changes';
import { TalkingPoint } from './rules/talking-points';

/*
 * The brief as printable text: a list of blocks rendered once as Markdown and once as PDF, so both say the same.
 * Every sentence comes from the catalogue (src/i18n/messages/mediation.ts); amounts in cents become euros here.
 * Only what the brief's data holds is written: a liaison's brief has no needs, limitations or incentive band.
 */

export interface Block {
  kind: 'title' | 'heading' | 'item';
  text: string;
}

/** Parameters named `…Cents` are given to the text in euros, under the name without the suffix. */
function inEuros(params: Record<string, string | number>): MessageParams {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) =>
      name.endsWith('Cents') ? [name.slice(0, -'Cents'.length), Number(value) / 100] : [name, value],
    ),
  );
}

export const talkingPointText = (locale: Locale, p: TalkingPoint): string =>
  translate(locale, `mediation.talk.${p.code}` as MessageKey, inEuros(p.params));

function changeText(locale: Locale, c: Change, skillNames: Map<string, string>): string {
  const p = c.params;
  return translate(locale, `mediation.change.${c.code}` as MessageKey, {
    skill: p.skillId ? (skillNames.get(p.skillId) ?? p.skillId) : '',
    hours: p.weeklyHours,
    shift: p.shift,
    demand: p.demand,
    feature: p.feature,
    level: p.level,
    contract: p.contractType ? enumLabel('ContractType', p.contractType, locale) : '',
  });
}

export function briefBlocks(locale: Locale, b: MediationBriefData, skillNames: Map<string, string>): Block[] {
  const t = (key: MessageKey, params: MessageParams = {}) => translate(locale, key, params);
  const blocks: Block[] = [
    {
      kind: 'title',
      text: t('mediation.brief.title', {
        person: b.facts.personName,
        opening: b.facts.openingTitle,
        employer: b.facts.employerName,
      }),
    },
    { kind: 'heading', text: t('mediation.brief.fit') },
  ];
  if (b.fit)
    for (const f of b.fit.factors)
      blocks.push({ kind: 'item', text: t('mediation.brief.factor', { factor: f.code, points: f.points }) });
  if (b.changes.length) {
    blocks.push({ kind: 'heading', text: t('mediation.brief.changes') });
    for (const c of b.changes) blocks.push({ kind: 'item', text: changeText(locale, c, skillNames) });
  }
  if (b.quota) {
    blocks.push({ kind: 'heading', text: t('mediation.brief.quota') });
    for (const [label, q] of [
      ['mediation.brief.before', b.quota.before],
      ['mediation.brief.after', b.quota.after],
    ] as const) {
      const o = b.quota.category === 'DISABLED' ? q.disabled : q.protectedCategories;
      blocks.push({
        kind: 'item',
        text: `${t(label)}: ${t('mediation.brief.quotaLine', { due: o.due, covered: o.covered, shortfall: o.shortfall })}`,
      });
    }
    for (const step of b.quota.conventionSteps) {
      blocks.push({
        kind: 'item',
        text: t('mediation.brief.conventionStep', {
          reference: step.reference,
          dueBy: step.dueBy,
          due: step.unitsDueByThen,
          hired: step.hiredSinceStart,
          met: String(step.metWithThisHire),
        }),
      });
    }
  }
  blocks.push({ kind: 'heading', text: t('mediation.brief.incentives') });
  for (const i of b.incentives) {
    const applies = i.applies === null ? 'unknown' : i.applies ? 'yes' : 'no';
    const line =
      i.estimateCents !== null
        ? t('mediation.brief.incentiveLine', {
            code: i.rule.code,
            percent: i.rule.percentOfGrossWage,
            months: i.monthsCounted,
            amount: i.estimateCents / 100,
            applies,
          })
        : i.rule.maxCents !== null
          ? t('mediation.brief.reimbursementLine', { code: i.rule.code, amount: i.rule.maxCents / 100, applies })
          : t('mediation.brief.instrumentLine', { code: i.rule.code });
    const confirm = i.rule.confirmed ? '' : ` (${t('mediation.brief.toConfirm')})`;
    blocks.push({
      kind: 'item',
      text: `${line}${confirm}. ${t('mediation.brief.sources', { sources: i.rule.sources.join('; ') })}`,
    });
  }
  blocks.push({ kind: 'heading', text: t('mediation.brief.talkingPoints') });
  for (const p of b.talkingPoints) blocks.push({ kind: 'item', text: talkingPointText(locale, p) });
  return blocks;
}

export function toMarkdown(blocks: Block[]): string {
  return (
    blocks
      .map((b) => (b.kind === 'title' ? `# ${b.text}\n` : b.kind === 'heading' ? `\n## ${b.text}\n` : `- ${b.text}`))
      .join('\n') + '\n'
  );
}

/** The same blocks as a PDF (pdfkit's built-in Helvetica, A4), as bytes. */
export function toPdf(blocks: Block[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: blocks[0]?.text ?? '' } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    for (const b of blocks) {
      if (b.kind === 'title') doc.font('Helvetica-Bold').fontSize(16).text(b.text).moveDown();
      else if (b.kind === 'heading') doc.moveDown(0.5).font('Helvetica-Bold').fontSize(13).text(b.text).moveDown(0.3);
      else doc.font('Helvetica').fontSize(10).text(`• ${b.text}`, { indent: 10 });
    }
    doc.end();
  });
}
