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
 * <p>Known differences from Prisma 7.10: partial indexes are left out with a warning (Prisma writes
 * them with {@code where: raw(...)}, which needs its partialIndexes preview feature); literal defaults
 * are written in the describer's normalised spelling ({@code 1.5} for {@code 1.50}; date literals in
 * {@code dbgenerated("...")} without the database's cast; UUID literals as strings); scalar type
 * names used as table names are renamed like reserved names; {@code ///} comments of relation fields
 * are kept.
 */
package dev.refract.migrate.introspect;
