package dev.refract.bench.peers;

import dev.refract.bench.peers.data.Dataset;
import dev.refract.bench.peers.data.Datasets;
import dev.refract.bench.peers.prisma.PrismaPeer;
import dev.refract.client.RefractClient;
import dev.refract.dialect.url.ConnectionUrl;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Map;

/**
 * Run in a fresh JVM ({@code bin/bench --peers-startup}; with {@code --prisma}, Prisma's side through
 * {@code startup.ts} on Node): milliseconds from JVM start to the client built
 * (schema parsed and validated, shared pool opened), to the first query answered ({@code findUnique} of
 * customer 1 on the orm dataset, through the pool Refract opens from the URL), and the second query.
 */
public final class StartupProbe {
    private StartupProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--prisma")) {
            System.out.println(PrismaPeer.startup(Datasets.orm(false), Datasets.movies()));
            return;
        }
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long mainAt = System.currentTimeMillis();
        Dataset orm = Datasets.orm(false);
        long t0 = System.nanoTime();
        RefractClient client = RefractClient.builder(orm.schema(), ConnectionUrl.parse(orm.prismaUrl())).build();
        long t1 = System.nanoTime();
        client.execute("Customer", "findUnique", Map.of("where", Map.of("id", 1)));
        long t2 = System.nanoTime();
        client.execute("Customer", "findUnique", Map.of("where", Map.of("id", 2)));
        long t3 = System.nanoTime();
        System.out.println(String.format(Locale.ROOT, "refract: JVM start to main %d ms; client construction %.1f ms;"
                        + " first query %.1f ms; second query %.2f ms; JVM start to first result %d ms",
                mainAt - jvmStart, (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, System.currentTimeMillis() - jvmStart
                        - (long) ((t3 - t2) / 1e6)));
        client.close();
    }
}
