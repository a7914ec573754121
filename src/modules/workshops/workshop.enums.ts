import { registerEnumType } from 'type-graphql';

/** A participant at one session. EXCUSED: absent for a reason the service accepts (a medical visit, a hearing). */
export enum AttendanceStatus {
  PRESENT = 'PRESENT',
  ABSENT = 'ABSENT',
  EXCUSED = 'EXCUSED',
}
registerEnumType(AttendanceStatus, {
  name: 'AttendanceStatus',
  description: 'A participant at one workshop session: present, absent, or absent with a reason the service accepts',
});
