package dev.refract.client;

import dev.refract.client.internal.exec.Deadline;
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
    private final Deadline deadline;
    private boolean finished;

    Transaction(RefractClient client, Connection connection, TransactionOptions options) {
        this.client = client;
        this.connection = connection;
        this.options = options;
        this.deadline = new Deadline(System.nanoTime(), options.timeout().toMillis());
    }

    /** When the transaction expires; statements run inside it get the time left as their query timeout. */
    Deadline deadline() {
        return deadline;
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
        if (deadline.expired()) {
            throw deadline.expiredError(what, null);
        }
        return connection;
    }

    void finish() {
        finished = true;
    }
}
