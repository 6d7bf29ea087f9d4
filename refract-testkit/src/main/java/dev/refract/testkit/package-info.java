/**
 * Real databases for tests: each test class gets its own fresh database, dropped after the class.
 *
 * <p>Depend on {@code dev.refract:refract-testkit} with {@code <scope>test</scope>}, annotate the
 * class with {@link dev.refract.testkit.PostgresTest}, {@link dev.refract.testkit.MySqlTest} or
 * {@link dev.refract.testkit.SqliteTest}, and take a {@link dev.refract.testkit.TestDatabase}
 * parameter in the constructor, a {@code @BeforeAll}/{@code @BeforeEach} method or a test:
 *
 * <pre>{@code
 * @PostgresTest
 * class UserRepositoryPostgresTest {
 *     @Test
 *     void savesAUser(TestDatabase db) throws SQLException {
 *         db.execute("CREATE TABLE \"User\" (id SERIAL PRIMARY KEY, email TEXT NOT NULL)");
 *         try (Connection c = db.open()) { ... }      // or db.jdbcUrl(), db.prismaUrl()
 *     }
 * }
 * }</pre>
 *
 * <p>Servers: PostgreSQL at 127.0.0.1:5432 as {@code postgres}, MySQL/MariaDB at 127.0.0.1:3306
 * as {@code root} with no password; {@code REFRACT_TEST_PG_URL} and {@code REFRACT_TEST_MYSQL_URL}
 * (Prisma-style, {@code postgresql://user:password@host:port}) point elsewhere. When a server does
 * not answer and {@code CI=true}, the tests fail. Otherwise PostgreSQL falls back to an embedded
 * server (one per JVM) and MySQL tests are skipped; both say so on one line of stderr starting
 * with {@code [refract-testkit]}. A class that needs several kinds puts the annotations on the
 * parameters too. {@link dev.refract.testkit.TestDatabases} creates extra databases by hand (a
 * shadow database, say). Everything under {@code internal} may change without notice.
 */
package dev.refract.testkit;
