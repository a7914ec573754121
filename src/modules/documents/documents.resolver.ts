import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { parseOptionalId } from '../../graphql/ids';
import { toGlobalId } from '../../graphql/relay';
import { ReceivedFile, UploadScalar } from '../../graphql/upload';
import { PonteContext } from '../auth/context';
import { Beneficiary } from '../beneficiaries/beneficiary.entity';
import { Operator } from '../operators/operator.entity';
import { Placement } from '../placements/placement.entity';
import { Referral } from '../referrals/referral.entity';
import { Document } from './document.entity';
import { attachDocument, documentsOf } from './documents.service';
import { AttachDocumentInput } from './documents.types';

@Resolver(() => Document)
export class DocumentResolver {
  @Mutation(() => Document, {
    description:
      'Attaches a document, sent as a multipart request (graphql-multipart-request-spec, header ' +
      '`Apollo-Require-Preflight: true`). Its type is read from its content: PDF, PNG, JPEG, Office or OpenDocument',
  })
  attachDocument(
    @Arg('input') input: AttachDocumentInput,
    @Arg('file', () => UploadScalar, {
      nullable: true,
      description: 'The file part (required; absent only in a request that is not multipart, which is refused)',
    })
    file: ReceivedFile | null,
    @Ctx() ctx: PonteContext,
  ): Promise<Document> {
    return attachDocument(
      ctx.dataSource,
      ctx.config.documents,
      {
        beneficiaryId: parseOptionalId(input.beneficiaryId, 'Beneficiary', 'input.beneficiaryId') ?? null,
        referralId: parseOptionalId(input.referralId, 'Referral', 'input.referralId') ?? null,
        placementId: parseOptionalId(input.placementId, 'Placement', 'input.placementId') ?? null,
        classification: input.classification,
      },
      file,
      ctx.actingOperatorId,
    );
  }

  @FieldResolver(() => Beneficiary, { nullable: true, description: 'The person the document is about' })
  beneficiary(@Root() document: Document, @Ctx() ctx: PonteContext): Promise<Beneficiary | null> {
    return ctx.loaders.byId(Beneficiary).load(document.beneficiaryId);
  }

  @FieldResolver(() => Referral, { nullable: true, description: 'The referral it was attached to, if any' })
  referral(@Root() document: Document, @Ctx() ctx: PonteContext): Promise<Referral | null> | null {
    return document.referralId ? ctx.loaders.byId(Referral).load(document.referralId) : null;
  }

  @FieldResolver(() => Placement, { nullable: true, description: 'The placement it was attached to, if any' })
  placement(@Root() document: Document, @Ctx() ctx: PonteContext): Promise<Placement | null> | null {
    return document.placementId ? ctx.loaders.byId(Placement).load(document.placementId) : null;
  }

  @FieldResolver(() => Operator, { nullable: true, description: 'Who uploaded it' })
  uploadedBy(@Root() document: Document, @Ctx() ctx: PonteContext): Promise<Operator | null> | null {
    return document.uploadedById ? ctx.loaders.byId(Operator).load(document.uploadedById) : null;
  }

  @FieldResolver(() => String, { description: 'Where to download it: GET this path with the same bearer token' })
  downloadPath(@Root() document: Document): string {
    return `/documents/${encodeURIComponent(toGlobalId('Document', document.id))}`;
  }
}

/** Documents as a list on their person, referral and placement; the access guard drops those the reader may not see. */
@Resolver(() => Beneficiary)
export class BeneficiaryDocumentsResolver {
  @FieldResolver(() => [Document], { description: 'Documents about the person (those the reader may see)' })
  documents(@Root() person: Beneficiary, @Ctx() ctx: PonteContext): Promise<Document[]> {
    return documentsOf(ctx.dataSource.manager, { beneficiaryId: person.id });
  }
}

@Resolver(() => Referral)
export class ReferralDocumentsResolver {
  @FieldResolver(() => [Document], { description: 'Documents attached to the referral (those the reader may see)' })
  documents(@Root() referral: Referral, @Ctx() ctx: PonteContext): Promise<Document[]> {
    return documentsOf(ctx.dataSource.manager, { referralId: referral.id });
  }
}

@Resolver(() => Placement)
export class PlacementDocumentsResolver {
  @FieldResolver(() => [Document], { description: 'Documents attached to the placement (those the reader may see)' })
  documents(@Root() placement: Placement, @Ctx() ctx: PonteContext): Promise<Document[]> {
    return documentsOf(ctx.dataSource.manager, { placementId: placement.id });
  }
}

export const DOCUMENT_RESOLVERS = [
  DocumentResolver,
  BeneficiaryDocumentsResolver,
  ReferralDocumentsResolver,
  PlacementDocumentsResolver,
] as const;
