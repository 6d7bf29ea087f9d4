package dev.refract.client.typed;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One operation of a batch transaction (Prisma's {@code $transaction([...])}), built by a generated
 * delegate's {@code ...Op} method: its arguments are already turned into the query model, and nothing
 * touches the database until the batch runs it. {@link BatchResults#get(BatchOperation)} gives its
 * result, typed.
 *
 * @param <R> the operation's result: a record, a list of records, an {@code Optional}, a count
 */
public final class BatchOperation<R> {
    private final Supplier<R> work;

    /** For generated code: {@code work} runs the operation on the runtime client. */
    public BatchOperation(Supplier<R> work) {
        this.work = Objects.requireNonNull(work);
    }

    /** Runs the operation now, on its own (or in the transaction open on this thread). */
    public R run() {
        return work.get();
    }
}
