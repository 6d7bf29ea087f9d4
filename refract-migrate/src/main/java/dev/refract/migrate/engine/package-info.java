/**
 * The development commands of Prisma Migrate as a library: {@link dev.refract.migrate.engine.MigrateEngine}
 * runs {@code migrate dev}, {@code migrate reset}, {@code db push}, {@code db pull} over a
 * {@link dev.refract.migrate.engine.Project}, and {@code migrate diff} between any two
 * {@link dev.refract.migrate.engine.DiffSource}s. Adapters (the CLI, the Maven plugin, tests) print
 * and ask through listeners ({@link dev.refract.migrate.engine.DevListener},
 * {@link dev.refract.migrate.engine.PushListener}); the engine decides and acts.
 *
 * <p>How {@code migrate dev} works, as Prisma's schema engine ({@code devDiagnostic},
 * {@code applyMigrations}, {@code evaluateDataLoss}, {@code createMigration}):
 * <ol>
 *   <li>the database is created when missing;</li>
 *   <li>one {@link dev.refract.migrate.engine.ShadowDatabase} replays the applied migrations (the
 *       result is compared with the development database: drift), then the others (each must apply:
 *       P3006); failed, edited or database-only migrations and drift make a reset necessary, which the
 *       listener may accept;</li>
 *   <li>pending migrations are applied to the development database;</li>
 *   <li>the replayed history is diffed against the schema; the destructive-change checker counts the
 *       development database's rows, the listener accepts warnings and unexecutable steps stop it;</li>
 *   <li>the migration is written ({@code <timestamp>_<slug>/migration.sql}, warnings as a comment, the
 *       lock file) and applied like any pending migration.</li>
 * </ol>
 * Deliberate differences: the shadow database is replayed once per run (Prisma replays it for each
 * step); PostgreSQL extensions are left out of every diff unless the schema enables
 * {@code postgresqlExtensions}; a new migration's timestamp never sorts before an existing one.
 */
package dev.refract.migrate.engine;
