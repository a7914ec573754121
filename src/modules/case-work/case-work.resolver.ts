import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { PonteContext } from '../auth/context';
import { parseId, parseIds, parseOptionalId } from '../../graphql/ids';
import { handOverCaseload } from './caseload.service';
import { GlobalIdArg } from '../../graphql/global-id-arg';
import { Beneficiary } from '../beneficiaries/beneficiary.entity';
import { Operator } from '../operators/operator.entity';
import { CaseNote } from './case-note.entity';
import { ContactLogEntry } from './contact-log.entity';
import { AddCaseNoteInput, LogContactInput } from './case-work.types';
import { addCaseNote, editCaseNote, logContact } from './case-work.service';

@Resolver(() => ContactLogEntry)
export class ContactLogResolver {
  @Mutation(() => ContactLogEntry, {
    description: 'Logs a call, meeting, email, home visit or exchange with the referring service; counts as contact',
  })
  logContact(@Arg('input') input: LogContactInput, @Ctx() ctx: PonteContext): Promise<ContactLogEntry> {
    const beneficiaryId = parseId(input.beneficiaryId, 'Beneficiary', 'input.beneficiaryId');
    return logContact(ctx.dataSource, { ...input, beneficiaryId }, ctx.actingOperatorId!);
  }

  @FieldResolver(() => Operator, { description: 'The operator who was in contact (who logged it)' })
  async operator(@Root() entry: ContactLogEntry, @Ctx() ctx: PonteContext): Promise<Operator> {
    return (await ctx.loaders.byId(Operator).load(entry.operatorId))!;
  }
}

@Resolver(() => CaseNote)
export class CaseNoteResolver {
  @Mutation(() => CaseNote, { description: 'Writes a case note (health data); optionally amending an earlier one' })
  addCaseNote(@Arg('input') input: AddCaseNoteInput, @Ctx() ctx: PonteContext): Promise<CaseNote> {
    return addCaseNote(
      ctx.dataSource,
      {
        beneficiaryId: parseId(input.beneficiaryId, 'Beneficiary', 'input.beneficiaryId'),
        body: input.body,
        amendsNoteId: parseOptionalId(input.amendsNoteId, 'CaseNote', 'input.amendsNoteId'),
      },
      ctx.actingOperatorId!,
    );
  }

  @Mutation(() => CaseNote, {
    description: 'Its author corrects a note within the edit window (FORBIDDEN for anyone else, CONFLICT after it)',
  })
  editCaseNote(
    @GlobalIdArg('id', 'CaseNote') id: string,
    @Arg('body') body: string,
    @Ctx() ctx: PonteContext,
  ): Promise<CaseNote> {
    return editCaseNote(ctx.dataSource, id, body, ctx.actingOperatorId!, ctx.config.caseWork);
  }

  @FieldResolver(() => Operator)
  async author(@Root() note: CaseNote, @Ctx() ctx: PonteContext): Promise<Operator> {
    return (await ctx.loaders.byId(Operator).load(note.authorId))!;
  }

  @FieldResolver(() => CaseNote, { nullable: true, description: 'The earlier note this one corrects' })
  amends(@Root() note: CaseNote, @Ctx() ctx: PonteContext): Promise<CaseNote | null> | null {
    return note.amendsNoteId ? ctx.loaders.byId(CaseNote).load(note.amendsNoteId) : null;
  }
}

/** The person's contacts and notes; the caseload hand-over. */
@Resolver(() => Beneficiary)
export class BeneficiaryCaseWorkResolver {
  @Mutation(() => [Beneficiary], {
    description:
      'Hands the open cases of one operator (all, or the people named) to another who serves their ambito; ' +
      'all or nothing, recorded in the audit trail',
  })
  handOverCaseload(
    @GlobalIdArg('fromOperatorId', 'Operator') fromOperatorId: string,
    @GlobalIdArg('toOperatorId', 'Operator') toOperatorId: string,
    @Arg('beneficiaryIds', () => [ID], { nullable: true, description: 'Only these people; default the whole caseload' })
    beneficiaryIds: string[] | null,
    @Ctx() ctx: PonteContext,
  ): Promise<Beneficiary[]> {
    const ids = beneficiaryIds ? parseIds(beneficiaryIds, 'Beneficiary', 'beneficiaryIds') : null;
    return handOverCaseload(ctx.dataSource, fromOperatorId, toOperatorId, ids);
  }

  @FieldResolver(() => [ContactLogEntry], {
    nullable: true,
    description: 'Contacts logged with or about the person, latest first (null for roles without case access)',
  })
  contacts(@Root() beneficiary: Beneficiary, @Ctx() ctx: PonteContext): Promise<ContactLogEntry[]> {
    return ctx.loaders.manyBy(ContactLogEntry, 'beneficiaryId', { contactedAt: 'DESC' }).load(beneficiary.id);
  }

  @FieldResolver(() => [CaseNote], {
    nullable: true,
    description: 'Case notes, latest first (null for roles without case access; each body read is audited)',
  })
  caseNotes(@Root() beneficiary: Beneficiary, @Ctx() ctx: PonteContext): Promise<CaseNote[]> {
    return ctx.loaders.manyBy(CaseNote, 'beneficiaryId', { writtenAt: 'DESC' }).load(beneficiary.id);
  }
}

export const CASE_WORK_RESOLVERS = [ContactLogResolver, CaseNoteResolver, BeneficiaryCaseWorkResolver] as const;
