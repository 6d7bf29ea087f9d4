package dev.refract.client.internal.exec;

import dev.refract.client.RefractException;
import java.util.Map;

/**
 * When an interactive transaction expires. Statements run inside it get a query timeout for the time
 * left, and a statement that fails after the deadline is reported as the expired transaction (P2028).
 */
public record Deadline(long startNanos, long timeoutMillis) {

    public long elapsedMillis() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    public boolean expired() {
        return elapsedMillis() > timeoutMillis;
    }

    /** Whole seconds for {@code Statement.setQueryTimeout}, at least 1 (0 would mean none). */
    public int queryTimeoutSeconds() {
        long left = Math.max(0, timeoutMillis - elapsedMillis());
        return (int) Math.max(1, (left + 999) / 1000);
    }

    /** P2028 for a {@code what} ("query", "commit") past the deadline. */
    public RefractException expiredError(String what, Throwable cause) {
        long elapsed = elapsedMillis();
        return new RefractException("P2028", "Transaction API error: Transaction already closed: A " + what
                + " cannot be executed on an expired transaction. The timeout for this transaction was " + timeoutMillis
                + " ms, however " + elapsed + " ms passed since the start of the transaction."
                + " Consider increasing the interactive transaction timeout or doing less work in the transaction.",
                Map.of("timeout", timeoutMillis, "elapsed", elapsed), cause);
    }
}
