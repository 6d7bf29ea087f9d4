/**
 * Refract's runtime client: {@link dev.refract.client.RefractClient} runs reads and writes given as
 * Prisma's argument shape ({@link dev.refract.client.RefractClient#execute}) or as query model values
 * ({@link dev.refract.client.query}), alone or in a {@link dev.refract.client.Transaction}.
 *
 * <p>Decisions, as implemented:
 * <ul>
 * <li>Never N+1: one SELECT for the records, then one per included relation and level, with the
 * parents' keys in {@code IN} lists chunked below the database's bind-parameter limit
 * ({@code Dialect.maxBindParameters()}) or the configured chunk size; results are stitched in memory.
 * Nested take/skip apply per parent through {@code ROW_NUMBER() OVER (PARTITION BY link ...)}.
 * Relation filters are {@code EXISTS} subqueries and relation {@code _count}s correlated
 * subqueries, both in the same statement.</li>
 * <li>Relation loading: Prisma's {@code relationLoadStrategy} ({@code "join" | "query"}, or
 * {@link dev.refract.client.query.RelationLoadStrategy} on the query model) picks between the
 * statements per level above and one statement aggregating related records into JSON (PostgreSQL
 * {@code LEFT JOIN LATERAL} + {@code JSON_AGG}, MariaDB {@code JSON_ARRAYAGG}, SQLite
 * {@code json_group_array}); both return identical records. Unnamed, the planner picks "join" only on
 * PostgreSQL, for at most 10 top-level rows whose included levels are all found through an index
 * from at most 10 parent rows each, because "join" looks related rows up once per parent and
 * PostgreSQL foreign keys have no index unless the schema declares one. Ordering by relations or
 * relation counts, distinct, relation cursors and scalar lists in included records always use the
 * statements per level.</li>
 * <li>{@code mode: "insensitive"}, as Prisma writes it on PostgreSQL: {@code ILIKE} for
 * contains/startsWith/endsWith and for equals/not (so {@code %} and {@code _} in an insensitive
 * equals match as in LIKE, as in Prisma), {@code LOWER()} on both sides for in/notIn/comparisons;
 * elsewhere {@code ILIKE} is {@code LOWER(column) LIKE LOWER(?)} (Prisma has no {@code mode} on MySQL
 * and SQLite; the emulation is sound there, but SQLite's {@code LOWER} and {@code LIKE} fold ASCII
 * only and MySQL compares under the column's collation). A nested {@code not} takes the outer mode;
 * {@code mode} inside {@code not} is refused, as by Prisma. The default mode follows the database,
 * as in Prisma: PostgreSQL compares case, MySQL's {@code _ci} collations ignore it (also for
 * {@code equals}), SQLite's {@code LIKE} ignores ASCII case and its {@code =} does not.</li>
 * <li>LIKE patterns (contains/startsWith/endsWith, Json string filters) are not escaped, as in
 * Prisma 7 (checked): {@code %} and {@code _} in the value are wildcards and a backslash escapes them
 * (SQLite gets {@code ESCAPE ''}).</li>
 * <li>Scalar lists (PostgreSQL arrays): read as {@code List}s (SQL NULL reads as an empty list, as
 * Prisma); written as one bound array parameter ({@code createArrayOf} of the element type, enum
 * arrays by their type name); {@code push} is {@code col || ?} (a NULL list becomes the pushed
 * values). Filters as Prisma writes them: {@code has} {@code @> ARRAY[v]} ({@code has: null}
 * matches nothing), {@code hasEvery} {@code @>}, {@code hasSome} {@code &&}, {@code isEmpty}
 * equality or inequality with an empty array, {@code equals} {@code =} (order counts) and {@code equals: null}
 * {@code IS NULL}; a NULL list matches none but the last, also under {@code NOT}.</li>
 * <li>Json: the dynamic entry point reads Json as plain Java values (objects as
 * {@code LinkedHashMap}, arrays as {@code List}, integral numbers as Integer/Long, others as Double,
 * JSON null and SQL NULL as null, as Prisma returns them); the typed client wraps them in
 * {@link dev.refract.client.Json}. Parsing and writing JSON is a small codec of our own (no
 * dependency). Writes: a value, Java {@code null} (JSON null, as Prisma 7 does), {@code JsonNull},
 * {@code DbNull} (SQL NULL; optional fields only), given as {@link dev.refract.client.Json.Null} or
 * Prisma's protocol form {@code {"$type": "Enum", "value": "DbNull"}}. Filters: {@code equals}/
 * {@code not} compare as JSON ({@code jsonb =} on PostgreSQL; containment both ways on MySQL/MariaDB,
 * so array order and repeats do not count there; {@code json()} text on SQLite, where key order
 * counts); {@code DbNull} is SQL NULL (or a missing path), {@code JsonNull} the value null,
 * {@code AnyNull} either. On PostgreSQL and MySQL (Prisma's {@code JsonFiltering}) also {@code path}
 * in both of Prisma's forms (a key list, or MySQL's {@code $.a.b[0]} text) with the string, array
 * and ordering filters, each also testing the JSON type of the value (a string for string filters,
 * an array for array filters, a number or string like the bound value for lt/gt), as Prisma does.
 * SQLite refuses path and string/array/ordering filters with a validation error.</li>
 * <li>Result values: Int -> Integer, BigInt -> Long, Float -> Double, Decimal -> BigDecimal,
 * DateTime -> Instant (SQLite stores epoch milliseconds, as Prisma's native connector), Boolean ->
 * Boolean (integers on SQLite/MySQL converted), enums -> name String, Bytes -> byte[], Json -> plain
 * Java values (see below), scalar lists -> {@code List}, counts -> Integer.</li>
 * <li>Pagination (take, skip, cursor) adds the primary key as a last sort key, as Prisma does, so
 * pages are stable; a negative take reverses the order, limits, and turns the rows back.</li>
 * <li>Cursor: rows at or after the cursor record in the read's order, by scalar subqueries on the
 * cursor record (a missing cursor record gives no rows); null sort key values are not compared.</li>
 * <li>aggregate: one statement, {@code SELECT COUNT(*), SUM(d.c0)... FROM (<the read>) AS d}; the
 * read is the findMany plan (where, orderBy, cursor, take, skip; a page without orderBy is ordered by
 * the primary key), so aggregates cover the page, as in Prisma. Result types as Prisma's: counts
 * Integer, {@code _sum} the field's type (Int stays Integer, BigInt Long, Float Double, Decimal
 * BigDecimal), {@code _avg} Double (BigDecimal for Decimal), {@code _min}/{@code _max} the field's
 * type; over no rows counts are 0 and the others null. {@code _count: true} gives a bare number.
 * Keys come in the order asked for; a groupBy's records have the aggregates first, then the
 * by-fields, as Prisma's JSON.</li>
 * <li>groupBy: one statement, {@code GROUP BY} the by-columns, having as {@code HAVING} (aggregate
 * comparisons and filters on by-fields), orderBy on by-fields and aggregates, LIMIT/OFFSET; a
 * negative take reverses the order and turns the groups back. Prisma's rules are checked for the
 * dynamic and the typed door alike ({@code internal.plan.GroupByRules}): orderBy fields must be in
 * {@code by}; take/skip without orderBy order by the primary key, which then must be in {@code by};
 * having filters on fields outside {@code by} must be aggregates. groupBy takes no cursor or distinct,
 * count no distinct, as in Prisma.</li>
 * <li>orderBy on relations: fields of records reached through to-one relations (any depth) are
 * columns of {@code LEFT JOIN}s in the same statement (one join per path, shared by its keys), so a
 * record without the related one sorts as a null; a list relation's {@code _count} is a correlated
 * {@code COUNT(*)} subquery (0 without related records, the same order as Prisma's grouped join with
 * {@code COALESCE(count, 0)}). Both work in nested reads, aggregates and count. {@code nulls}
 * first/last applies to optional related fields. A cursor with such keys is read as Prisma's engine
 * reads it: the cursor condition compares the same expressions (the cursor record's values by
 * scalar subqueries with their own joins) and lets rows with null keys or without the related
 * record through, the rows are read without LIMIT/OFFSET, and those before the cursor record are
 * dropped and the page cut in memory (so records without the related one land where the database
 * sorts nulls, as in Prisma).</li>
 * <li>distinct: in memory, as Prisma's engine does (also on PostgreSQL: {@code DISTINCT ON} would
 * need the distinct fields first in the order, which changes the result order): the rows are read in
 * the effective order (reversed for a negative take) without LIMIT/OFFSET, the first row of each
 * combination of values is kept, then skip and take apply; nested reads do it per parent. Values
 * compare as Prisma does (decimals by value, bytes by content).</li>
 * <li>Writes: every write runs in one database transaction with its nested writes (joining the
 * transaction open on the thread, if any), in Prisma's order: to-one records this record references
 * (their keys go into its row), the record, then records that reference it and implicit m-n join
 * rows. Records are identified by primary key; the result is re-read through the read path with the
 * operation's select/include/omit (one more statement per include level). A write that is one
 * statement runs without a transaction of its own (autocommit; inside a transaction open on the
 * thread, or a caller's such as Spring's, in that one): on databases with RETURNING (PostgreSQL,
 * SQLite), a create without nested writes, an update (no nested writes) or delete whose where tests
 * only the model's own columns and pins one record (equality on every field of a unique criterion),
 * and a native upsert, when the selection has no relations or
 * counts, are one {@code INSERT/UPDATE/DELETE ... RETURNING} of the selected columns, read as the
 * read path reads them (no key lookup, no re-read); an update or delete returning no row is P2025.
 * An update whose data is empty keeps the read-update-re-read path.</li>
 * <li>Defaults: {@code uuid()} (v4, {@code uuid(7)} v7), {@code cuid()} (v1 shape, 25 characters),
 * {@code cuid(2)} (24 characters, random rather than cuid2's hash), {@code nanoid(n)}, {@code ulid()}
 * and {@code now()} are generated by the client, as Prisma's engine does; {@code now()} and
 * {@code @updatedAt} take the client's clock once per operation (millisecond precision), so
 * {@code createdAt == updatedAt} on create and every row of a createMany shares the time.
 * {@code autoincrement()}, {@code dbgenerated()} and literal defaults are left to the database.</li>
 * <li>createMany groups rows by the fields they set and sends one INSERT per group and chunk
 * (chunks below the bind-parameter limit); skipDuplicates is {@code ON CONFLICT DO NOTHING} /
 * {@code INSERT IGNORE}. createManyAndReturn needs RETURNING (PostgreSQL, SQLite).</li>
 * <li>updateMany/deleteMany are one statement when the filter tests the model's own columns;
 * with relation filters the keys are read first and the rows changed by key.</li>
 * <li>upsert is native ({@code ON CONFLICT (col) DO UPDATE} / {@code ON DUPLICATE KEY UPDATE}) when
 * Prisma's engine would be: the where is one unique field with a plain value that the create data
 * repeats, and no nested writes; otherwise select, then update or create, in the transaction.
 * MySQL's ON DUPLICATE KEY reacts to any unique key, as with Prisma.</li>
 * <li>Errors: the dialect classifies the driver's exception ({@code Dialect.classify}); the client
 * names the model's fields in Prisma's messages: P2002 (meta {@code target}: field names, resolved
 * from the constraint name where the database gives only that), P2003, P2011, P2000, P2034
 * ({@link dev.refract.client.RefractException#isRetryable()}), P1008, P1017, P1001; P2025 for
 * update/delete of a missing record and failed nested connects; P2014 for disconnecting a required
 * relation.</li>
 * <li>Transactions: {@code transaction(tx -> ...)} commits when the callback returns and rolls back
 * when it throws; nested calls (on {@code tx} or the client, same thread) join the outer one. The
 * timeout (default 5 s) is checked before each statement and at commit, and each statement gets
 * the time left as its JDBC query timeout (whole seconds, at least 1), so a statement blocked past
 * the deadline is cancelled: P2028 and rollback. maxWait waits on a pool (issue 5).</li>
 * <li>Connections: a client built from a URL ({@code RefractClient.builder(schema, url)}) shares
 * the process-wide HikariCP pool for that database and its pool parameters ({@code connection_limit},
 * {@code pool_timeout}...) with every other such client; {@code close()} gives its share back and the
 * last share closes the pool; a client dropped without closing is released when collected, so no
 * singleton is needed, across dev-server reloads too ({@code internal.pool} explains how).
 * {@code RefractClient.pools()} and {@code client.pool()} report clients and active, idle, waiting
 * and total connections. An exhausted pool fails after {@code pool_timeout} with P2024. A client
 * on a caller's {@link dev.refract.client.ConnectionSource} uses it as given.</li>
 * <li>Raw SQL: {@link dev.refract.client.Sql} keeps text and values apart (values are always bound;
 * {@code Sql.raw} is the one way to splice text); {@code queryRawUnsafe}/{@code executeRawUnsafe} take
 * run-time text with JDBC {@code ?} placeholders on every database. Results are typed by the
 * column's SQL type as Prisma types raw results ({@code JdbcValues.readRaw}: bigint and counts ->
 * Long, numeric -> BigDecimal, timestamps/dates/times -> Instant, Json and uuid -> String, arrays ->
 * List). Records are filled by component name through the canonical constructor, found by
 * reflection once per class ({@code ClassValue}); the typed read path never uses it. Every failure
 * of a raw statement is P2010 with the database's code and message, as Prisma 7 reports them
 * (constraint violations included); timeouts and lost connections keep their P1xxx codes.</li>
 * <li>Streams: {@code stream(ReadQuery)} reads with the dialect's fetch size, inside a read
 * transaction of its own where the driver needs one for a server-side cursor (PostgreSQL), and
 * closes (commits, gives the connection back) when closed, read to the end, or failed. Included
 * relations are read per chunk of 1000 records (or the smaller configured chunk size), one
 * statement per relation and level, on a second connection where a streamed result blocks its own
 * (MySQL/MariaDB; inside a transaction the transaction's connection, with a warning). A negative
 * take is refused (it needs the whole result to reverse).</li>
 * <li>Logging: every statement, info, warn and error goes to SLF4J ({@code dev.refract.client.query}
 * at DEBUG, {@code dev.refract.client} at INFO/WARN, {@code dev.refract.client.error} at DEBUG
 * because the operation throws the error too; {@code Builder.log(levels)} promotes statements to
 * INFO and errors to ERROR, like Prisma's {@code log: [...]}), and to listeners registered on the
 * builder ({@code onQuery}, {@code onLog}), like Prisma's {@code $on}. A statement builds no event
 * and no string unless a listener is registered or its logger level is enabled.</li>
 * </ul>
 */
package dev.refract.client;
