import { EnumLabelTable, labels as l } from './types';

/** Workshops (laboratori di sperimentazione lavorativa e formazione). */
export const workshopLabels = {
  AttendanceStatus: {
    PRESENT: l('Presente', 'Present', 'Ha partecipato all’incontro.', 'Attended the session.'),
    ABSENT: l(
      'Assente',
      'Absent',
      'Non ha partecipato, senza giustificazione.',
      'Did not attend, without a reason given.',
    ),
    EXCUSED: l(
      'Assente giustificato',
      'Excused',
      'Non ha partecipato, con giustificazione.',
      'Did not attend, with a reason given.',
    ),
  },
} satisfies EnumLabelTable;
