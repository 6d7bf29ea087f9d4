package dev.refract.client.internal.log;

import dev.refract.client.LogEvent;
import dev.refract.client.LogLevel;
import dev.refract.client.QueryEvent;
import dev.refract.client.StatementListener;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where one client's log goes: SLF4J (statements at DEBUG on {@code dev.refract.client.query}, info and
 * warn on {@code dev.refract.client}, errors at DEBUG on {@code dev.refract.client.error}; levels passed
 * to the builder's {@code log(...)} are promoted to INFO/INFO/WARN/ERROR, as Prisma's
 * {@code log: [...]} prints them) and the listeners registered on the builder. Nothing is built for a
 * statement unless {@link #queryEnabled()}.
 */
public final class ClientLog {
    static final Logger QUERIES = LoggerFactory.getLogger("dev.refract.client.query");
    static final Logger MESSAGES = LoggerFactory.getLogger("dev.refract.client");
    static final Logger ERRORS = LoggerFactory.getLogger("dev.refract.client.error");

    private final Set<LogLevel> promoted;
    private final StatementListener statementListener;
    private final List<Consumer<QueryEvent>> queryListeners;
    private final Map<LogLevel, List<Consumer<LogEvent>>> listeners;
    private final LongAdder eventsBuilt = new LongAdder();

    public ClientLog(Set<LogLevel> promoted, StatementListener statementListener, List<Consumer<QueryEvent>> queryListeners,
            Map<LogLevel, List<Consumer<LogEvent>>> listeners) {
        this.promoted = promoted.isEmpty() ? EnumSet.noneOf(LogLevel.class) : EnumSet.copyOf(promoted);
        this.statementListener = statementListener;
        this.queryListeners = List.copyOf(queryListeners);
        this.listeners = new EnumMap<>(LogLevel.class);
        listeners.forEach((level, list) -> this.listeners.put(level, List.copyOf(list)));
    }

    /** Whether anything wants statements: a listener, or the query logger at the level it is written at. */
    public boolean queryEnabled() {
        return statementListener != null || !queryListeners.isEmpty()
                || (promoted.contains(LogLevel.QUERY) ? QUERIES.isInfoEnabled() : QUERIES.isDebugEnabled());
    }

    /** Reports a statement that started at {@code startNanos}; call only when {@link #queryEnabled()}. */
    public void query(String sql, List<Object> parameters, long startNanos) {
        long nanos = System.nanoTime() - startNanos;
        Duration duration = Duration.ofNanos(nanos);
        eventsBuilt.increment();
        if (statementListener != null) {
            statementListener.onStatement(sql, parameters, duration);
        }
        if (!queryListeners.isEmpty()) {
            QueryEvent event = new QueryEvent(Instant.now().minus(duration), sql, parameters, duration);
            for (Consumer<QueryEvent> listener : queryListeners) {
                listener.accept(event);
            }
        }
        if (promoted.contains(LogLevel.QUERY)) {
            QUERIES.info("{} -- {} ({} ms)", sql, parameters, nanos / 1_000_000.0);
        } else {
            QUERIES.debug("{} -- {} ({} ms)", sql, parameters, nanos / 1_000_000.0);
        }
    }

    public void info(String message, String target) {
        List<Consumer<LogEvent>> to = listeners.get(LogLevel.INFO);
        if (to != null) {
            tell(to, new LogEvent(LogLevel.INFO, Instant.now(), message, target));
        }
        MESSAGES.info("{}", message);
    }

    public void warn(String message, String target) {
        List<Consumer<LogEvent>> to = listeners.get(LogLevel.WARN);
        if (to != null) {
            tell(to, new LogEvent(LogLevel.WARN, Instant.now(), message, target));
        }
        MESSAGES.warn("{}", message);
    }

    /** A statement the database refused; the caller throws the failure after this. */
    public void error(String message, String target) {
        List<Consumer<LogEvent>> to = listeners.get(LogLevel.ERROR);
        if (to != null) {
            tell(to, new LogEvent(LogLevel.ERROR, Instant.now(), message, target));
        }
        if (promoted.contains(LogLevel.ERROR)) {
            ERRORS.error("{}", message);
        } else {
            ERRORS.debug("{}", message);
        }
    }

    /** How many statement reports were built (tests check that none are when nothing listens). */
    public long eventsBuilt() {
        return eventsBuilt.sum();
    }

    private static void tell(List<Consumer<LogEvent>> listeners, LogEvent event) {
        for (Consumer<LogEvent> listener : listeners) {
            listener.accept(event);
        }
    }
}
