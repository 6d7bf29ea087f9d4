package dev.refract.client.typed;

import dev.refract.client.RefractClient;
import dev.refract.client.TransactionOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The results of a batch transaction, in the order of its operations: {@code results.get(op)} typed
 * by the operation, {@code get(i)} by position.
 */
public final class BatchResults {
    private final List<BatchOperation<?>> operations;
    private final List<Object> results;

    private BatchResults(List<BatchOperation<?>> operations, List<Object> results) {
        this.operations = operations;
        this.results = Collections.unmodifiableList(results);
    }

    /**
     * Runs {@code operations} in order in one database transaction (joining one open on this thread):
     * all are committed, or the first failure rolls all back and propagates.
     */
    public static BatchResults run(RefractClient runtime, TransactionOptions options, List<? extends BatchOperation<?>> operations) {
        List<BatchOperation<?>> ops = List.copyOf(operations);
        return runtime.transaction(options, tx -> {
            List<Object> results = new ArrayList<>(ops.size());
            for (BatchOperation<?> op : ops) {
                results.add(op.run());
            }
            return new BatchResults(ops, results);
        });
    }

    /** The result of {@code operation} (the first time it occurs in the batch). */
    @SuppressWarnings("unchecked")
    public <R> R get(BatchOperation<R> operation) {
        for (int i = 0; i < operations.size(); i++) {
            if (operations.get(i) == operation) {
                return (R) results.get(i);
            }
        }
        throw new IllegalArgumentException("The operation is not part of this batch");
    }

    /** The result of the operation at {@code index}. */
    public Object get(int index) {
        return results.get(index);
    }

    public int size() {
        return results.size();
    }

    /** The results in order (an Optional for findFirst/findUnique, a Long for counts). */
    public List<Object> list() {
        return results;
    }
}
