package dev.refract.bench.peers.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timing loop's warm-up and interleaving, on peers that only spin (no database: SELECT 1 takes no reset). */
class MeasureTest {

    /** A peer whose operation spins for a fixed time; it records which peer ran, in order. */
    private static final class Spinning implements Peer {
        private final String name;
        private final long nanos;
        private final List<String> log;
        int calls;

        Spinning(String name, Duration op, List<String> log) {
            this.name = name;
            this.nanos = op.toNanos();
            this.log = log;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean supports(Workload workload) {
            return true;
        }

        @Override
        public Object run(Workload workload, long arg) {
            long end = System.nanoTime() + nanos;
            while (System.nanoTime() < end) {
                Thread.onSpinWait();
            }
            calls++;
            log.add(name);
            return name;
        }
    }

    /** Two spinning peers measured on one workload: the warm-up operations of the first, and the peer changes while measuring. */
    private record Run(int warmupCalls, int switches) {
        static Run of(Duration op, Duration measured) throws Exception {
            List<String> log = new ArrayList<>();
            Spinning a = new Spinning("a", op, log);
            Spinning b = new Spinning("b", op, log);
            List<Stats> stats = new Measure(Duration.ofMillis(20), measured, 20_000, 3_000)
                    .runAll(List.of(a, b), Workload.SELECT_1, null);
            return new Run(a.calls - stats.get(0).samples(), measuredSwitches(log, stats));
        }
    }

    @Test
    void shortOperationsWarmUpForTheOperationCountAndAreMeasuredInFineRounds() throws Exception {
        Run run = Run.of(Duration.ofNanos(20_000), Duration.ofMillis(500));

        // 20 ms of 20 us operations is about 1,000: the warm-up went on to 3,000
        assertThat(run.warmupCalls()).isGreaterThanOrEqualTo(3_000);
        assertThat(run.switches())
                .as("peer changes while measuring: one per round (the order turns, so a round begins with the peer the last ended with)")
                .isEqualTo(Measure.FINE_ROUNDS);
    }

    @Test
    void longOperationsWarmUpForTheTimeOnlyAndAreMeasuredInFiveRounds() throws Exception {
        Run run = Run.of(Duration.ofMillis(2), Duration.ofMillis(200));

        assertThat(run.warmupCalls()).as("warm-up operations of 2 ms in 20 ms").isLessThan(50);
        assertThat(run.switches()).isEqualTo(Measure.ROUNDS);
    }

    @Test
    void withoutAnOperationCountTheWarmUpIsTheTimeAlone() throws Exception {
        List<String> log = new ArrayList<>();
        Spinning a = new Spinning("a", Duration.ofNanos(20_000), log);
        Measure measure = new Measure(Duration.ofMillis(20), Duration.ofMillis(100), 20_000);

        List<Stats> stats = measure.runAll(List.of(a), Workload.SELECT_1, null);

        assertThat(a.calls - stats.get(0).samples()).isLessThan(2_000);
    }

    /** How often the peer changed from one operation to the next while measuring (the log's last operations). */
    private static int measuredSwitches(List<String> log, List<Stats> stats) {
        int measured = stats.stream().mapToInt(Stats::samples).sum();
        List<String> order = log.subList(log.size() - measured, log.size());
        int n = 0;
        for (int i = 1; i < order.size(); i++) {
            if (!order.get(i).equals(order.get(i - 1))) {
                n++;
            }
        }
        return n;
    }
}
