/**
 * The database schema a Prisma schema implies: {@link dev.refract.migrate.calculate.SqlSchemaCalculator#calculate}
 * turns a validated {@link dev.refract.schema.model.Schema} into the
 * {@link dev.refract.migrate.sqlschema.SqlSchema} Prisma's migrations create for it, on PostgreSQL,
 * MySQL/MariaDB or SQLite.
 *
 * <p>The result is spelled as the describers spell a live database (see {@code migrate.describe}),
 * so that the schema of a database Prisma migrated and the schema calculated from its Prisma
 * schema compare equal:
 * <ul>
 *   <li><b>Order.</b> Prisma's calculator order, which orders the steps of a migration: tables in model
 *       order, then join tables in relation order; enums as declared; per table, indexes as Prisma's
 *       parser collects them ({@code @unique} fields, then {@code @@index}, {@code @@unique},
 *       {@code @@fulltext}, each as declared), foreign keys in relation order; columns in field order
 *       (join tables: {@code A}, {@code B}); key columns in key order. Describers sort by name instead:
 *       the differ matches everything by name or by what it covers, never by position.</li>
 *   <li><b>Types.</b> Prisma's migration SQL spelling per database (see
 *       {@link dev.refract.migrate.sqlschema.ColumnType}); the family is the Prisma scalar's, except
 *       PostgreSQL {@code @db.Uuid}, which is {@code UUID}. Where the database fills in an argument
 *       left out, the type reads as the catalog reports it: PostgreSQL {@code @db.Char}/{@code @db.Bit}
 *       are {@code CHAR(1)}/{@code BIT(1)}; MySQL {@code @db.DateTime} is {@code DATETIME(0)} and
 *       {@code @db.Decimal} {@code DECIMAL(10, 0)}. {@code Unsupported("x")} is {@code UNSUPPORTED}
 *       {@code x} as written. Enums: PostgreSQL the type's name, MySQL {@code ENUM('A', 'B')}, SQLite
 *       {@code TEXT}. Lists are PostgreSQL arrays and never NOT NULL (Prisma does not write it).</li>
 *   <li><b>Defaults.</b> {@link dev.refract.migrate.sqlschema.ColumnDefault}'s spelling: quoted text,
 *       canonical numbers, {@code true}/{@code false}, {@code ARRAY[...]::TYPE[]}; {@code jsonb}
 *       defaults in PostgreSQL's jsonb layout; {@code now()} is {@code Now}; {@code autoincrement()}
 *       is a {@code Sequence} named as PostgreSQL names a serial's sequence ({@code Table_column_seq})
 *       and nothing on MySQL and SQLite (the column's {@code autoIncrement} says it; on SQLite only an
 *       {@code Int} that is the whole primary key increments, with or without {@code autoincrement()});
 *       {@code dbgenerated("x")} an {@code Expression} as the database reports it back ({@code x} as
 *       written on PostgreSQL, in parentheses on MySQL, without enclosing parentheses on SQLite),
 *       {@code dbgenerated()} an empty one; client-side defaults (uuid, cuid, nanoid, ulid,
 *       {@code @updatedAt}) none.</li>
 *   <li><b>Names.</b> Prisma's: {@code Table_pkey} (PostgreSQL; MySQL and SQLite keys have no name),
 *       {@code Table_a_b_key}, {@code Table_a_idx}, {@code Table_a_fkey}, or the schema's {@code map:}.
 *       Foreign keys are named on SQLite too, as Prisma writes them, though SQLite cannot report the
 *       name back (differs compare SQLite foreign keys without names).</li>
 *   <li><b>Indexes.</b> Sort order only when {@code DESC}; the access method only when not B-tree
 *       ({@code HASH}, {@code GIN}...); operator classes by their catalog name, null when default for
 *       the access method. No indexes for foreign keys (MySQL makes its own; differs leave them alone).</li>
 *   <li><b>Namespaces.</b> Null without a datasource {@code schemas} list or with a list of one schema
 *       (as a describer reports one schema, and as Prisma's SQL leaves names unqualified then); with
 *       several, every table and enum carries its {@code @@schema} and the schema lists the declared
 *       namespaces.</li>
 * </ul>
 */
package dev.refract.migrate.calculate;
