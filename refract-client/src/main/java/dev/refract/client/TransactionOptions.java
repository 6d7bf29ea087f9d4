package dev.refract.client;

import java.time.Duration;
import java.util.Objects;

/**
 * Options of an interactive transaction, as Prisma's: the isolation level (null: the database's
 * default) and the timeout after which the transaction is rolled back and further use fails with
 * P2028 (Prisma's default: 5 seconds).
 */
public record TransactionOptions(IsolationLevel isolationLevel, Duration timeout) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    public static final TransactionOptions DEFAULTS = new TransactionOptions(null, DEFAULT_TIMEOUT);

    public TransactionOptions {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }

    public TransactionOptions withIsolationLevel(IsolationLevel value) {
        return new TransactionOptions(value, timeout);
    }

    public TransactionOptions withTimeout(Duration value) {
        return new TransactionOptions(isolationLevel, value);
    }
}
