import { ObjectType } from 'type-graphql';
import { Connection } from '../../../graphql/relay';
import { Workshop } from '../workshop.entity';

@ObjectType({ description: 'A page of workshops, newest first' })
export class WorkshopConnection extends Connection(Workshop) {}
