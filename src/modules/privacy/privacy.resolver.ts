import { Ctx, Query, Resolver } from 'type-graphql';
import { GlobalIdArg } from '../../graphql/global-id-arg';
import { toGlobalId } from '../../graphql/relay';
import { PonteContext } from '../auth/context';
import { renderSubjectAccessPdf } from './export-pdf';
import { SubjectAccessExportType } from './privacy.types';
import { subjectAccessExport } from './subject-access.service';

@Resolver()
export class PrivacyResolver {
  @Query(() => SubjectAccessExportType, {
    description:
      'Everything Ponte holds about a person, for an access request (GDPR art. 15): profile, case history, ' +
      'referrals, placements, visits, skills and their sources, constraints, match profile and evidence, the list ' +
      'of documents, and the audit trail of who read or changed their data. The export is itself audited',
  })
  async subjectAccessExport(
    @GlobalIdArg('beneficiaryId', 'Beneficiary', { description: 'The person who asked' }) beneficiaryId: string,
    @Ctx() ctx: PonteContext,
  ): Promise<SubjectAccessExportType> {
    const data = await subjectAccessExport(ctx.dataSource, beneficiaryId, ctx.actingOperatorId);
    const pdf = await renderSubjectAccessPdf(data, ctx.locale);
    return {
      beneficiaryId: toGlobalId('Beneficiary', data.beneficiaryId),
      generatedAt: data.generatedAt,
      sections: data.sections,
      pdfBase64: pdf.toString('base64'),
    };
  }
}

export const PRIVACY_RESOLVERS = [PrivacyResolver] as const;
