package dev.refract.client.internal.pool;

import dev.refract.dialect.Dialect;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.schema.model.Provider;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

/** A program that calls System.exit while a transaction on the shared pool is in flight (for {@link PoolRegistryShutdownTest}). */
public final class ExitingApp {
    private ExitingApp() {
    }

    public static void main(String[] args) throws Exception {
        PoolLease lease = PoolRegistry.global().lease(Dialect.of(Provider.SQLITE), ConnectionUrl.parse("file:" + args[0]), new Object());
        CountDownLatch begun = new CountDownLatch(1);
        Thread transaction = new Thread(() -> {
            try (Connection c = lease.open(); Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                s.execute("INSERT INTO t VALUES (1)");
                begun.countDown();
                Thread.sleep(1000);
                c.commit();
            } catch (Exception e) {
                e.printStackTrace();
            }
        });
        transaction.start();
        begun.await();
        System.exit(0);
    }
}
