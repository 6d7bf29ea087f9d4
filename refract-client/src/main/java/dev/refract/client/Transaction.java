package dev.refract.client;

import java.sql.Connection;
import java.util.Map;
import java.util.function.Function;

/**
 * An interactive transaction: every {@link #execute} runs on the transaction's connection; the
 * transaction commits when the callback given to {@link RefractClient#transaction} returns and rolls
 * back when it throws. Past its timeout, or once finished, operations fail with P2028.
 */
public final class Transaction {
    private final RefractClient client;
    private final Connection connection;
    private final TransactionOptions options;
    private final long started = System.nanoTime();
    private boolean finished;

    Transaction(RefractClient client, Connection connection, TransactionOptions options) {
        this.client = client;
        this.connection = connection;
        this.options = options;
    }

    /** As {@link RefractClient#execute}, inside this transaction. */
    public Object execute(String model, String action, Map<String, Object> args) {
        return client.execute(this, model, action, args);
    }

    /** A nested transaction joins this one: {@code work} runs inside it, nothing commits early. */
    public <T> T transaction(Function<Transaction, T> work) {
        return work.apply(this);
    }

    /** The connection, after checking that the transaction is open and within its timeout. */
    Connection connection(String what) {
        if (finished) {
            throw new RefractException("P2028", "Transaction API error: Transaction already closed: A " + what
                    + " cannot be executed on a committed or rolled back transaction.", Map.of());
        }
        long elapsed = (System.nanoTime() - started) / 1_000_000;
        if (elapsed > options.timeout().toMillis()) {
            throw new RefractException("P2028", "Transaction API error: Transaction already closed: A " + what
                    + " cannot be executed on an expired transaction. The timeout for this transaction was "
                    + options.timeout().toMillis() + " ms, however " + elapsed + " ms passed since the start of the transaction."
                    + " Consider increasing the interactive transaction timeout or doing less work in the transaction.",
                    Map.of("timeout", options.timeout().toMillis(), "elapsed", elapsed));
        }
        return connection;
    }

    void finish() {
        finished = true;
    }
}
