/**
 * The process-wide connection pools (issue 5): one HikariCP pool per database and settings, shared
 * by every client built from a URL, so that creating clients repeatedly (per request, per dev-server
 * reload, never closed) cannot exhaust the database's connections.
 *
 * <p>Decisions, as implemented:
 * <ul>
 * <li>Key: the normalised {@link dev.refract.dialect.url.ConnectionUrl} (the JDBC URL Refract derives
 * from Prisma's URL, the user, the password) and the {@link dev.refract.client.internal.pool.PoolSettings}
 * from Prisma's parameters: {@code connection_limit} (default processors * 2 + 1: Prisma counts
 * physical cores, Java only knows the processors it may use), {@code pool_timeout} (default 10 s, 0
 * waits forever), {@code connect_timeout}, {@code socket_timeout}, {@code application_name}. The
 * same database with other settings gets a pool of its own and a warning.</li>
 * <li>Reference counts under one lock in {@link dev.refract.client.internal.pool.PoolRegistry};
 * pools are created under it (HikariCP's lazy start opens no connection: a client never connects
 * before its first query, as Prisma's) and closed outside it. {@code RefractClient.close()} releases
 * the client's {@link dev.refract.client.internal.pool.PoolLease} once; a client that became
 * unreachable is released by a {@link java.lang.ref.Cleaner}, whose action holds the lease, never
 * the client.</li>
 * <li>Exhaustion: HikariCP's connection timeout is {@code pool_timeout}; its timeout becomes P2024
 * with Prisma's message (pool timeout and connection limit), or the P1xxx error of the last failed
 * attempt to connect when the database could not be reached.</li>
 * <li>Warnings through {@code java.util.logging} (logger {@code dev.refract.client.pool}): no
 * dependency, and every logging framework bridges it. HikariCP brings slf4j-api for its own logs;
 * the runtime does not call it. The 10th live client of one database warns once, with the stack of
 * the call that created it, as Prisma's "10th instance" warning; pool openings and closings are
 * logged at FINE.</li>
 * <li>Metrics: a registry tells its {@link dev.refract.client.internal.pool.PoolListener}s when pools
 * open and close. When Micrometer is on the runtime's classpath (an optional dependency), the
 * process-wide registry feeds {@link dev.refract.client.internal.pool.MicrometerGauges} for
 * {@code Metrics.globalRegistry}; that class is the only one naming Micrometer and is loaded only
 * after a check that Micrometer is there, so the runtime works without it.</li>
 * <li>Shutdown: while the process-wide registry has a pool open, a JVM shutdown hook is registered
 * that closes every pool once its connections in use are returned (transactions in flight commit
 * or roll back), waiting at most {@code PoolRegistry.SHUTDOWN_WAIT} (10 s) before HikariCP aborts
 * what is left. The hook is removed when the last pool closes, so a registry without pools (an
 * unloaded copy of the runtime) is not kept alive by it.</li>
 * </ul>
 *
 * <h2>Application reloads</h2>
 * The registry is a static field of {@code PoolRegistry}: one per copy of the runtime classes, that
 * is, per classloader that loaded {@code refract-client}. Dev servers reload the application's own
 * classes and keep libraries loaded: Spring Boot DevTools' restart classloader holds only the
 * project's classes (jars stay in the base classloader unless {@code restart.include} names them),
 * Quarkus dev mode and a plain {@code URLClassLoader} swap likewise put a new loader for the
 * application under a parent that holds the libraries. So after a reload the new application code
 * finds the same registry and the same pool; the old application's clients, reachable only from the
 * old classloader, become unreachable with it, and the Cleaner gives their references back. The
 * number of connections stays at most {@code connection_limit} whatever the number of reloads.
 *
 * <p>For that, the runtime must not keep an old application alive. A thread inherits its creator's
 * context classloader and (Java 17) an access-control context holding the protection domain, hence
 * the classloader, of every class on the creating stack. The first pool and the Cleaner are created
 * from application code, so their long-lived threads would pin the first application's classloader,
 * and the client in its static fields, forever ({@code PoolPostgresTest} caught exactly this):
 * {@link dev.refract.client.internal.pool.RuntimeThreads} creates them privileged with the runtime's
 * own context classloader.
 *
 * <p>When the runtime jar itself is reloaded with the application (it sits in the reloaded folder,
 * or {@code restart.include} names it), the new copy has a new registry and opens a new pool. Pools
 * are not shared between copies: a pool's classes belong to one copy, and sharing it through a JDK
 * type (a {@code DataSource} parked in a system-wide map) would pin the first copy's classloader for
 * the life of the process and mix runtime versions; nor can the old copy close its pool "on unload",
 * since Java has no unload event and the old copy's own pool threads keep it loaded. Clients the old
 * application closed (a Spring context closes its beans on restart) release that pool; careless
 * clients in the old copy keep it open. So each copy records the databases it has pools for where
 * every copy sees the same thing, the JDK's system properties (as strings: a hash of the database
 * and registry ids, keeping no copy's objects alive), and a new copy that finds another copy's pool
 * for its database warns that refract-client should stay on the parent classloader.
 */
package dev.refract.client.internal.pool;
