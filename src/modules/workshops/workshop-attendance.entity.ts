import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../graphql/relay';
import { TrackedNode } from '../../graphql/tracked-node';
import { AttendanceStatus } from './workshop.enums';

/** Whether one participant came to one session. */
@ObjectType({ implements: Node, description: "A participant's attendance at one workshop session" })
@Entity('workshop_attendance')
export class WorkshopAttendance extends TrackedNode {
  @PrimaryGeneratedColumn('uuid')
  override id: string;

  @Column({ type: 'uuid', name: 'session_id' })
  sessionId: string;

  @Column({ type: 'uuid', name: 'enrolment_id' })
  enrolmentId: string;

  @Column({ type: 'uuid', name: 'beneficiary_id' })
  beneficiaryId: string;

  @Field(() => AttendanceStatus, { description: 'Present, absent or excused' })
  @Column({ type: 'text' })
  status: AttendanceStatus;

  @Column({ type: 'uuid', name: 'recorded_by_id', nullable: true })
  recordedById: string | null;
}
