package dev.refract.bench.peers.harness;

/**
 * One way of running the workloads, written as its users write it. {@link #run} is the timed part;
 * {@link #rows} turns its result into {@code Rows} records for the cross-peer check, outside the timing.
 */
public interface Peer extends AutoCloseable {

    String name();

    /** Whether this peer implements the workload. */
    boolean supports(Workload workload);

    /** Runs one operation; {@code arg} is the id or offset the workload takes (see {@link Workload}). */
    Object run(Workload workload, long arg) throws Exception;

    /** The result as {@code Rows} records (or lists of them). */
    default Object rows(Workload workload, Object result) {
        return result;
    }

    @Override
    default void close() throws Exception {
    }
}
