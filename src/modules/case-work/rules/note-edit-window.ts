/**
 * Who may still change a case note. Notes are the record of what was observed: their author may fix what they just
 * wrote (a typo, a wrong word) for a short window; after it the note stands as written, and a correction is a new
 * note that amends it, so what others may already have read and acted on stays visible.
 */
export type NoteEditRefusal = 'NOT_AUTHOR' | 'WINDOW_CLOSED';

export function noteEditRefusal(
  note: { authorId: string; writtenAt: Date },
  actorId: string,
  now: Date,
  windowMinutes: number,
): NoteEditRefusal | null {
  if (note.authorId !== actorId) return 'NOT_AUTHOR';
  return now.getTime() - note.writtenAt.getTime() <= windowMinutes * 60_000 ? null : 'WINDOW_CLOSED';
}
