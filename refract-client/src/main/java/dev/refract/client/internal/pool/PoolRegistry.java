package dev.refract.client.internal.pool;

import dev.refract.client.PoolStats;
import dev.refract.dialect.Dialect;
import dev.refract.dialect.url.ConnectionUrl;
import java.lang.ref.Cleaner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The process-wide pools: one per {@link PoolKey} (normalised URL and settings), shared by every
 * client for that key and closed when the last one lets go. See the package documentation for how it
 * outlives application reloads. One lock guards the map and the counts; pools are closed outside it.
 */
public final class PoolRegistry {
    /** The clients of one database that draw the warning, as Prisma's "10th instance" warning. */
    public static final int MANY_CLIENTS = 10;

    static final Logger LOG = Logger.getLogger("dev.refract.client.pool");
    private static final Cleaner CLEANER = Cleaner.create(new RuntimeThreads("refract-client-cleaner"));
    /** How long the shutdown hook waits for connections in use (transactions in flight) before closing pools. */
    public static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);
    private static final PoolRegistry GLOBAL = new PoolRegistry(true);

    static {
        if (micrometerPresent()) {
            MicrometerGauges.bindGlobal(GLOBAL);
        }
    }

    private final String id = "registry-" + java.util.UUID.randomUUID() + "@" + PoolRegistry.class.getClassLoader();
    private final Map<PoolKey, SharedPool> pools = new HashMap<>();
    private final Map<String, Integer> liveClients = new HashMap<>();
    private final Set<String> warnedMany = new HashSet<>();
    private final AtomicLong opened = new AtomicLong();
    private final AtomicLong closed = new AtomicLong();
    private final List<PoolListener> listeners = new CopyOnWriteArrayList<>();
    private final boolean closeAtShutdown;
    /** Registered while a pool is open, so that a registry without pools keeps nothing alive; guarded by this. */
    private Thread shutdownHook;

    /** A registry of its own; the runtime uses {@link #global()}, tests stand for another copy of the runtime. */
    PoolRegistry() {
        this(false);
    }

    private PoolRegistry(boolean closeAtShutdown) {
        this.closeAtShutdown = closeAtShutdown;
    }

    /** The registry of this copy of the runtime: one per process while the runtime jar is loaded once. */
    public static PoolRegistry global() {
        return GLOBAL;
    }

    /**
     * A reference to the pool for {@code url}'s database and settings, opened if none is; released by
     * {@link PoolLease#release()} or, once {@code owner} is unreachable, by the Cleaner.
     */
    public PoolLease lease(Dialect dialect, ConnectionUrl url, Object owner) {
        PoolKey key = new PoolKey(url, PoolSettings.of(url));
        String database = key.database();
        SharedPool pool;
        List<PoolSettings> others = new ArrayList<>();
        boolean newPool = false;
        List<String> otherCopies = List.of();
        int live;
        boolean warnMany;
        synchronized (this) {
            pool = pools.get(key);
            if (pool == null) {
                for (SharedPool other : pools.values()) {
                    if (other.key.database().equals(database)) {
                        others.add(other.key.settings());
                    }
                }
                pool = new SharedPool(key, dialect);
                pools.put(key, pool);
                opened.incrementAndGet();
                otherCopies = RuntimeCopies.opened(database, id);
                if (closeAtShutdown && shutdownHook == null) {
                    addShutdownHook();
                }
                newPool = true;
            }
            pool.references++;
            live = liveClients.merge(database, 1, Integer::sum);
            warnMany = live >= MANY_CLIENTS && warnedMany.add(database);
        }
        PoolLease lease = new PoolLease(this, pool);
        CLEANER.register(owner, lease::release);
        if (newPool) {
            SharedPool created = pool;
            LOG.fine(() -> "opened " + created.dataSource.getPoolName() + " for " + database + " (" + key.settings() + ")");
            listeners.forEach(listener -> tellOpened(listener, created));
        }
        if (!others.isEmpty()) {
            LOG.warning("Another connection pool for " + database + ": this client's settings (" + key.settings()
                    + ") differ from those of the pool already open (" + others.get(0) + "), so it gets a pool of its own and the"
                    + " database may see up to the sum of their connection limits. Use the same URL parameters everywhere to share one pool.");
        }
        if (!otherCopies.isEmpty()) {
            LOG.warning("Another copy of Refract's runtime, loaded by another classloader, has a connection pool for " + database
                    + " open (" + otherCopies.get(0) + "); this copy (" + id + ") opens its own. This happens when refract-client is"
                    + " reloaded with the application code: pools cannot be shared across copies, and clients the old copy never"
                    + " closed keep its pool open. Keep refract-client on the parent classloader (a library jar, not reloaded),"
                    + " or close the client when the application stops.");
        }
        if (warnMany) {
            LOG.log(Level.WARNING, "This is the " + live + "th live RefractClient for " + database + ". They share one connection"
                    + " pool, but each keeps it open until closed or garbage collected: a client per request or per reload is usually"
                    + " unintended; create one and reuse it. Where this client was created:",
                    new Throwable("the " + live + "th live client for " + database + " was created here"));
        }
        return lease;
    }

    void release(SharedPool pool) {
        boolean last;
        synchronized (this) {
            pool.references--;
            liveClients.computeIfPresent(pool.key.database(), (db, n) -> n == 1 ? null : n - 1);
            // a pool closeAll took away is closed already
            last = pool.references == 0 && pools.remove(pool.key, pool);
            if (last) {
                RuntimeCopies.closed(pool.key.database(), id);
                if (pools.isEmpty()) {
                    removeShutdownHook();
                }
            }
        }
        if (last) {
            pool.close();
            closed.incrementAndGet();
            tellClosed(pool);
            LOG.fine(() -> "closed " + pool.dataSource.getPoolName() + " for " + pool.key.database() + "; open: " + stats());
        }
    }

    /**
     * Closes every pool, each once its connections in use are back or {@code wait} has passed (then
     * HikariCP aborts them): what the JVM shutdown hook does. Clients still holding a closed pool fail.
     */
    public void closeAll(Duration wait) {
        List<SharedPool> open;
        synchronized (this) {
            open = new ArrayList<>(pools.values());
            pools.clear();
            open.forEach(pool -> RuntimeCopies.closed(pool.key.database(), id));
            removeShutdownHook();
        }
        long deadline = System.nanoTime() + wait.toNanos();
        for (SharedPool pool : open) {
            while (pool.active() > 0 && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            if (pool.active() > 0) {
                LOG.warning("closing " + pool.dataSource.getPoolName() + " for " + pool.key.database() + " with " + pool.active()
                        + " connections still in use after " + wait.toSeconds() + " s");
            }
            pool.close();
            closed.incrementAndGet();
            tellClosed(pool);
        }
    }

    /**
     * Tells {@code listener} of every pool opened and closed from now on, and of the pools open now.
     * Returns what stops it.
     */
    public Runnable addListener(PoolListener listener) {
        listeners.add(listener);
        List<SharedPool> open;
        synchronized (this) {
            open = new ArrayList<>(pools.values());
        }
        open.forEach(pool -> tellOpened(listener, pool));
        return () -> listeners.remove(listener);
    }

    private void tellOpened(PoolListener listener, SharedPool pool) {
        try {
            listener.opened(pool.dataSource.getPoolName(), pool.key.database(), () -> stats(pool));
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "a pool listener failed on " + pool.dataSource.getPoolName(), e);
        }
    }

    private void tellClosed(SharedPool pool) {
        for (PoolListener listener : listeners) {
            try {
                listener.closed(pool.dataSource.getPoolName());
            } catch (RuntimeException | LinkageError e) {
                LOG.log(Level.WARNING, "a pool listener failed on " + pool.dataSource.getPoolName(), e);
            }
        }
    }

    /** Micrometer is optional: {@link MicrometerGauges}, the only class that refers to it, is loaded only when it is there. */
    private static boolean micrometerPresent() {
        try {
            Class.forName("io.micrometer.core.instrument.Metrics", false, PoolRegistry.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private void addShutdownHook() {
        Thread hook = new RuntimeThreads("refract-pool-shutdown").newThread(() -> closeAll(SHUTDOWN_WAIT));
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            shutdownHook = hook;
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting already: nothing to add
        }
    }

    private void removeShutdownHook() {
        if (shutdownHook == null || Thread.currentThread() == shutdownHook) {
            shutdownHook = null;
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs or has run
        }
        shutdownHook = null;
    }

    /** A snapshot of every open pool. */
    public List<PoolStats> stats() {
        List<SharedPool> open;
        List<Integer> clients = new ArrayList<>();
        synchronized (this) {
            open = new ArrayList<>(pools.values());
            open.forEach(pool -> clients.add(pool.references));
        }
        List<PoolStats> result = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            result.add(open.get(i).stats(clients.get(i)));
        }
        return result;
    }

    PoolStats stats(SharedPool pool) {
        int clients;
        synchronized (this) {
            clients = pool.references;
        }
        return pool.stats(clients);
    }

    /** How many pools this registry has opened, in all. */
    public long openedPools() {
        return opened.get();
    }

    /** How many pools this registry has closed, in all (when their last client let go). */
    public long closedPools() {
        return closed.get();
    }
}
