import { Field, ObjectType } from 'type-graphql';
import { CreateDateColumn, UpdateDateColumn } from 'typeorm';
import { Node } from './relay';

/** A record with a global ID that also says when it was created and last changed (set by the database). */
// Decorated so that its fields are inherited; never referenced, so it is not a type of the schema itself.
@ObjectType()
export abstract class TrackedNode extends Node {
  @Field()
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
