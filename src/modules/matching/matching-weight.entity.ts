import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { MatchFactorCode } from './rules/factors';

/** The weight of one soft factor in one ambito; a coordinator tunes them through `setMatchingWeights`. */
@Entity('matching_weight')
export class MatchingWeight {
  @PrimaryColumn({ type: 'smallint', name: 'ambito_number' })
  ambitoNumber: number;

  @PrimaryColumn({ type: 'text' })
  factor: MatchFactorCode;

  @Column({
    type: 'numeric',
    precision: 5,
    scale: 2,
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  weight: number;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;

  @Column({ type: 'uuid', name: 'updated_by_id', nullable: true })
  updatedById: string | null;
}
