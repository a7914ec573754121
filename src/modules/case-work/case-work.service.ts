import { DataSource } from 'typeorm';
import { CaseWorkConfig } from '../../config/config';
import { ConflictError, ForbiddenError, NotFoundError, UserInputError } from '../../graphql/errors';
import { lockBeneficiary } from '../beneficiaries/case-lifecycle.service';
import { CaseNote, NOTE_MAX_LENGTH } from './case-note.entity';
import { ContactKind, ContactLogEntry } from './contact-log.entity';
import { msg } from '../../i18n/message';
import { noteEditRefusal } from './rules/note-edit-window';

export interface LogContactCommand {
  beneficiaryId: string;
  kind: ContactKind;
  contactedAt?: Date | null;
  withWhom: string;
  note?: string | null;
}

/** Logs a contact by the acting operator; it may be logged afterwards, never ahead. */
export function logContact(
  dataSource: DataSource,
  cmd: LogContactCommand,
  actorId: string,
  now = new Date(),
): Promise<ContactLogEntry> {
  const contactedAt = cmd.contactedAt ?? now;
  if (contactedAt.getTime() > now.getTime())
    throw new UserInputError(msg('caseWork.contactInFuture'), 'input.contactedAt');
  const withWhom = cmd.withWhom.trim();
  if (!withWhom) throw new UserInputError(msg('caseWork.blank'), 'input.withWhom');
  return dataSource.transaction(async (manager) => {
    const beneficiary = await lockBeneficiary(manager, cmd.beneficiaryId, 'input.beneficiaryId');
    return manager.save(
      manager.create(ContactLogEntry, {
        beneficiaryId: beneficiary.id,
        contactedAt,
        kind: cmd.kind,
        operatorId: actorId,
        withWhom,
        note: cmd.note?.trim() ?? '',
      }),
    );
  });
}

/** A new note by the acting operator; `amendsNoteId` names an earlier note of the same person it corrects. */
export function addCaseNote(
  dataSource: DataSource,
  cmd: { beneficiaryId: string; body: string; amendsNoteId?: string | null },
  actorId: string,
): Promise<CaseNote> {
  const body = cmd.body.trim();
  if (!body) throw new UserInputError(msg('caseWork.blank'), 'input.body');
  return dataSource.transaction(async (manager) => {
    const beneficiary = await lockBeneficiary(manager, cmd.beneficiaryId, 'input.beneficiaryId');
    if (cmd.amendsNoteId) {
      const amended = await manager.findOneBy(CaseNote, { id: cmd.amendsNoteId });
      if (!amended) throw new NotFoundError('CaseNote', 'input.amendsNoteId');
      if (amended.beneficiaryId !== beneficiary.id)
        throw new UserInputError(msg('caseWork.amendsOtherPerson'), 'input.amendsNoteId');
    }
    return manager.save(
      manager.create(CaseNote, {
        beneficiaryId: beneficiary.id,
        authorId: actorId,
        body,
        amendsNoteId: cmd.amendsNoteId ?? null,
      }),
    );
  });
}

/** Its author corrects a note within the edit window; after it, or by anyone else, the note stands. */
export function editCaseNote(
  dataSource: DataSource,
  id: string,
  newBody: string,
  actorId: string,
  settings: CaseWorkConfig,
  now = new Date(),
): Promise<CaseNote> {
  const body = newBody.trim();
  if (!body) throw new UserInputError(msg('caseWork.blank'), 'body');
  // The input type bounds a new note; this argument is a plain string, so the same bound is checked here.
  if (body.length > NOTE_MAX_LENGTH)
    throw new UserInputError(msg('caseWork.noteTooLong', { max: NOTE_MAX_LENGTH }), 'body');
  return dataSource.transaction(async (manager) => {
    const note = await manager.findOne(CaseNote, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!note) throw new NotFoundError('CaseNote');
    const refusal = noteEditRefusal(note, actorId, now, settings.noteEditMinutes);
    if (refusal === 'NOT_AUTHOR') throw new ForbiddenError(msg('caseWork.noteNotAuthor'), 'id');
    if (refusal === 'WINDOW_CLOSED')
      throw new ConflictError(msg('caseWork.noteWindowClosed', { minutes: settings.noteEditMinutes }), 'id');
    note.body = body;
    note.editedAt = now;
    return manager.save(note);
  });
}
