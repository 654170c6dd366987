import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Programme-wide counts for the metrics endpoint: no names, no scope, only how many cases stand where. */
@Injectable()
export class CaseMetricsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Cases per stage, from the read model (the stage index answers it). */
  async countByStage(): Promise<Array<{ stage: string; count: number }>> {
    const rows: Array<{ stage: string; count: string }> = await this.dataSource.query(
      `SELECT stage, count(*) AS count FROM return_case GROUP BY stage`,
    );
    return rows.map((r) => ({ stage: r.stage, count: Number(r.count) }));
  }

  /** Open cases whose next deadline has passed, per stage. */
  async countOverdue(now: Date): Promise<Array<{ stage: string; count: number }>> {
    const rows: Array<{ stage: string; count: string }> = await this.dataSource.query(
      `SELECT stage, count(*) AS count FROM return_case WHERE stage <> 'closed' AND due_at < $1 GROUP BY stage`,
      [now],
    );
    return rows.map((r) => ({ stage: r.stage, count: Number(r.count) }));
  }
}
