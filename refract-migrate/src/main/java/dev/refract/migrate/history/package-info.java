/**
 * Prisma's migration history, shared with Prisma: {@code prisma/migrations/<name>/migration.sql},
 * {@code migration_lock.toml} and the {@code _prisma_migrations} table, read and written exactly as
 * Prisma's schema engine does, so Prisma and Refract can deploy to one database in turns.
 *
 * <p>Entry point: {@link dev.refract.migrate.history.Migrations} ({@code migrate deploy},
 * {@code migrate status}, {@code migrate resolve --applied|--rolled-back}). Its URL comes from
 * {@link dev.refract.dialect.url.DatasourceUrls}; errors are
 * {@link dev.refract.dialect.error.DatabaseException}s carrying Prisma's codes.
 *
 * <p>Where Refract departs from Prisma, on purpose: the PostgreSQL lock is polled with
 * {@code pg_try_advisory_lock} (a waiting {@code pg_advisory_lock} deadlocks with the lock
 * holder's {@code CREATE INDEX CONCURRENTLY}); a MySQL {@code GET_LOCK} timeout is an error
 * (Prisma carries on unlocked); a migration with only rolled-back rows counts as pending in
 * {@code status} (deploy would apply it) and migrations only in the database fail {@code status};
 * a script's unfinished own transaction is rolled back before its failure is recorded.
 */
package dev.refract.migrate.history;
