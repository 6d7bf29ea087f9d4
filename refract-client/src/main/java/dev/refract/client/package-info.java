/**
 * Refract's runtime client: {@link dev.refract.client.RefractClient} runs reads given as Prisma's
 * argument shape ({@link dev.refract.client.RefractClient#execute}) or as query model values
 * ({@link dev.refract.client.query}).
 *
 * <p>Decisions, as implemented:
 * <ul>
 * <li>Never N+1: one SELECT for the records, then one per included relation and level, with the
 * parents' keys in {@code IN} lists chunked below the database's bind-parameter limit
 * ({@code Dialect.maxBindParameters()}) or the configured chunk size; results are stitched in memory.
 * Nested take/skip apply per parent through {@code ROW_NUMBER() OVER (PARTITION BY link ...)}.
 * Relation filters are {@code EXISTS} subqueries and relation {@code _count}s correlated
 * subqueries, both in the same statement.</li>
 * <li>{@code mode: "insensitive"}: {@code ILIKE} on PostgreSQL for contains/startsWith/endsWith,
 * {@code LOWER(column) LIKE LOWER(?)} elsewhere; equals/in/comparisons compare {@code LOWER()} on
 * both sides everywhere. SQLite's {@code LOWER} folds ASCII only. The default mode follows the
 * database, as in Prisma: MySQL's {@code _ci} collations and SQLite's {@code LIKE} already ignore
 * ASCII case.</li>
 * <li>Result values: Int -> Integer, BigInt -> Long, Float -> Double, Decimal -> BigDecimal,
 * DateTime -> Instant (SQLite stores epoch milliseconds, as Prisma's native connector), Boolean ->
 * Boolean (integers on SQLite/MySQL converted), enums -> name String, Bytes -> byte[], Json -> the
 * JSON text as a String (no JSON library in the runtime yet; parsing it is a later decision),
 * counts -> Integer.</li>
 * <li>Pagination (take, skip, cursor) adds the primary key as a last sort key, as Prisma does, so
 * pages are stable; a negative take reverses the order, limits, and turns the rows back.</li>
 * <li>Cursor: rows at or after the cursor record in the read's order, by scalar subqueries on the
 * cursor record (a missing cursor record gives no rows); null sort key values are not compared.</li>
 * </ul>
 */
package dev.refract.client;
