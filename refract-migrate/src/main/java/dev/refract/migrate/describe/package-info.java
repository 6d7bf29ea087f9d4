/**
 * Describe a live database into an {@link dev.refract.migrate.sqlschema.SqlSchema}:
 * {@link dev.refract.migrate.describe.Describer#forDialect} (or {@code postgres(schemas)},
 * {@code mysql()}, {@code sqlite()}) then {@code describe(connection)}. The catalog SQL lives in
 * resources under {@code dev/refract/migrate/describe/<database>/}.
 *
 * <p>What a described schema looks like, so that it equals the schema calculated from the Prisma
 * schema behind it:
 * <ul>
 *   <li><b>Order.</b> Tables (by namespace, then name), indexes, enums and foreign keys sorted by
 *       name (SQLite's unnamed foreign keys by columns); columns in ordinal order; index and key
 *       columns in key order; enum values in declaration order. Describing twice gives equal values.</li>
 *   <li><b>Left out.</b> Prisma's {@code _prisma_migrations}, views, SQLite's own tables, PostgreSQL
 *       partitions (the partitioned table is kept), exclusion and check constraints, PostgreSQL
 *       {@code INCLUDE} columns and non-default {@code NULLS FIRST/LAST}.</li>
 *   <li><b>Types.</b> Spelled as Prisma's migration SQL spells them, per database: see
 *       {@link dev.refract.migrate.sqlschema.ColumnType}. Anything Prisma has no native type for is
 *       {@code UNSUPPORTED} with the catalog's spelling ({@code tsvector}, {@code vector(1536)}).</li>
 *   <li><b>Defaults.</b> See {@link dev.refract.migrate.sqlschema.ColumnDefault}: casts are stripped
 *       from literals ({@code 'USER'::"Role"} is {@code 'USER'}), numbers lose quotes and trailing
 *       zeros, booleans read {@code true}/{@code false}, list defaults read
 *       {@code ARRAY[...]::TYPE[]}; {@code nextval(...)} and identity columns are a {@code Sequence}
 *       with {@code autoIncrement}; {@code CURRENT_TIMESTAMP}, {@code CURRENT_TIMESTAMP(n)} and
 *       {@code now()} on date/time columns are {@code Now}; everything else is an {@code Expression}
 *       holding the database's own text (MySQL's in parentheses, as Prisma introspects it). A
 *       PostgreSQL generated column's expression is an {@code Expression} too. Date literals are kept
 *       as the database prints them ({@code '2020-01-01 00:00:00'}).</li>
 *   <li><b>Indexes.</b> Primary keys go to {@code Table.primaryKey} (named on PostgreSQL only);
 *       unique constraints and unique indexes are both {@code UNIQUE}; sort order is null unless
 *       {@code DESC}; the operator class only when it is not the default for the column type and
 *       access method; the access method only when not B-tree. Partial indexes and indexes over
 *       expressions go to {@code Table.unmanagedIndexes}, with their predicate and expression text:
 *       a Prisma schema cannot declare them, Prisma's migrate neither creates nor drops them, so a
 *       differ that compares {@code Table.indexes} leaves them alone, as Prisma does.</li>
 *   <li><b>Namespaces.</b> One PostgreSQL schema described: namespaces are null and
 *       {@code SqlSchema.namespaces} is empty, as the calculator spells a Prisma schema with no
 *       {@code schemas} list or a list of one. Several: every table, enum and foreign key target
 *       carries its schema.</li>
 * </ul>
 */
package dev.refract.migrate.describe;
