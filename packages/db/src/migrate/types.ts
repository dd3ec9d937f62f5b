export type TMigration = { name: string; sql: string; checksum: string };

/** The smallest SQL surface the migration applier needs; both engines provide it. */
export type TSqlRunner = {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs one or more statements separated by semicolons, without parameters. */
  exec(sql: string): Promise<void>;
};

export type TSqlDriver = TSqlRunner & {
  engine: "pglite" | "postgres";
  transaction<T>(fn: (tx: TSqlRunner) => Promise<T>): Promise<T>;
  /**
   * Bulk load with COPY: `copySql` is `COPY table (columns) FROM STDIN WITH (FORMAT csv)`,
   * `data` the CSV. The fastest way into a table on both engines (bulk imports, benchmarks).
   */
  copyFrom(copySql: string, data: string): Promise<void>;
};
