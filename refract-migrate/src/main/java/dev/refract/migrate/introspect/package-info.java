/**
 * {@code db pull}: a described database ({@link dev.refract.migrate.sqlschema.SqlSchema}) to a Prisma
 * schema, as Prisma's introspection writes it. {@link dev.refract.migrate.introspect.Introspector} is
 * the entry point; a {@link dev.refract.migrate.introspect.PreviousSchema} makes it a
 * re-introspection that keeps names, comments and order.
 *
 * <p>Naming, as Prisma: tables keep their names as model names (no singular or PascalCase); names
 * that are not identifiers lose leading non-letters and get {@code _} for other invalid characters,
 * with {@code @@map}/{@code @map} to the original; a reserved model name becomes
 * {@code Renamed<name>}; in multi-schema databases a name used in two schemas becomes
 * {@code <schema>_<name>}. Relation fields are named after the other model; when two relations join
 * the same models, names are disambiguated with the relation name
 * ({@code <Model>_<columns>To<Other>}). Constraint names are written ({@code map:}) only where they
 * differ from Prisma's defaults ({@link dev.refract.schema.model.ConstraintNames}).
 *
 * <p>Checked against Prisma 7.10's {@code db pull --print} (the PostgreSQL goldens, and langfuse's
 * full migration history with and without its schema as the previous one): the output is Prisma's
 * byte for byte, including its quirks (relation field names come from table names even where the
 * previous schema maps them; re-introspection names implicit many-to-many relations explicitly, so a
 * second pull may add {@code @relation("AToB")} once). Deliberate differences:
 * <ul>
 *   <li>partial indexes are left out with a warning (Prisma writes {@code where: raw(...)}, which its
 *       own validation accepts only with the partialIndexes preview feature);</li>
 *   <li>a back relation is one-to-one only when the foreign key columns are exactly a primary key or
 *       unique index (Prisma also when a unique index covers some of them, which fails validation);</li>
 *   <li>re-introspection keeps {@code @ignore} on relation fields to {@code @@ignore}d models, the
 *       {@code ///} comments of relation fields, and the datasource and generator blocks as written
 *       (Prisma re-renders them without their comments); it does not copy the "commented out" notice
 *       of an invalid field name onto the next field;</li>
 *   <li>scalar type names used as table names are renamed like reserved names ({@code RenamedString});</li>
 *   <li>literal defaults come in the describer's normalised spelling: {@code 1.5} for {@code 1.50},
 *       date literals as {@code dbgenerated("'2020-01-01'")} without the database's cast, UUID literals
 *       as strings.</li>
 * </ul>
 */
package dev.refract.migrate.introspect;
