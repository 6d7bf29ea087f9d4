/**
 * Diff two {@link dev.refract.migrate.sqlschema.SqlSchema}s into the ordered steps of a migration,
 * and judge what those steps put at risk, exactly as Prisma's schema engine does.
 *
 * <pre>{@code
 * SchemaDiffer differ = SchemaDiffer.of(dialect);            // SchemaDiffer.mariaDb() for MariaDB
 * Migration migration = differ.diff(from, to);               // steps, in Prisma's order
 * DestructiveChanges risks = differ.check(migration, DatabaseInspection.none());   // migrate dev's file
 * DestructiveChanges live = differ.check(migration, DatabaseInspection.jdbc(connection, dialect));
 * String sql = MigrationRenderer.of(dialect).script(migration, risks);
 * }</pre>
 *
 * <p>Tables match by (namespace, name), columns by name, indexes and foreign keys by what they
 * cover, so a new name alone is a rename. Which changes a database can make in place, how types
 * cast and what Prisma calls a type in warnings live in one {@code DiffFlavour} per database;
 * SQLite rebuilds a table ({@link dev.refract.migrate.diff.MigrationStep.RedefineTables}) for any
 * change other than an added optional column or an index. {@link dev.refract.migrate.diff.DestructiveChanges}
 * words warnings and unexecutable steps as Prisma does; with {@link
 * dev.refract.migrate.diff.DatabaseInspection#none()} they are the cautious versions Prisma writes into
 * migration files, with a JDBC inspection they carry row and value counts and vanish when no data is at
 * stake.
 *
 * <p>A described database is compared with a calculated schema as Prisma compares them (checked
 * against Prisma 7.10 by the drift cases and the corpus histories): enum values as sets (values that
 * {@code ALTER TYPE ... ADD VALUE} appended in another order are no change); a list column has no
 * nullability ({@code TEXT[] NOT NULL} equals Prisma's {@code TEXT[]}); names count, so an index
 * whose name PostgreSQL cut at 63 bytes where Prisma cuts its default name earlier is renamed;
 * {@code dbgenerated} expressions compare as text, case-insensitively, and an expression never equals
 * a value ({@code dbgenerated("'x'::text")} against the {@code 'x'} a database reports is a change).
 */
package dev.refract.migrate.diff;
