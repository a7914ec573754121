import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { PonteContext } from '../auth/context';
import { statisticsCsv } from './statistics-csv';
import { currentLocale } from '../../i18n/request-locale';
import { serviceStatistics, workshopStatistics } from './statistics.service';
import { ServiceStatistics, WorkshopStatistics } from './statistics.types';

@Resolver(() => ServiceStatistics)
export class StatisticsResolver {
  @Query(() => ServiceStatistics, { description: 'The service’s figures for a year, optionally for one ambito' })
  serviceStatistics(
    @Arg('year', () => Int) year: number,
    @Arg('ambito', () => Int, { nullable: true }) ambito: number | null,
    @Ctx() ctx: PonteContext,
  ): Promise<ServiceStatistics> {
    return serviceStatistics(ctx.dataSource.manager, year, ambito ?? null);
  }

  @FieldResolver(() => [WorkshopStatistics], {
    description: 'Workshops held in the year and their participants: one row per ambito, then the total (ambito null)',
  })
  workshops(@Root() statistics: ServiceStatistics, @Ctx() ctx: PonteContext): Promise<WorkshopStatistics[]> {
    return workshopStatistics(ctx.dataSource.manager, statistics.year, statistics.ambito);
  }

  @FieldResolver(() => String, { description: 'The same table as CSV (RFC 4180, comma-separated, header row first)' })
  csv(@Root() statistics: ServiceStatistics): string {
    return statisticsCsv(statistics.year, statistics.ambito, statistics, currentLocale());
  }
}

export const STATISTICS_RESOLVERS = [StatisticsResolver] as const;
