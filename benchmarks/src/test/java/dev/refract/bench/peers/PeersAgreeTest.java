package dev.refract.bench.peers;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.refract.bench.peers.data.Dataset;
import dev.refract.bench.peers.data.Datasets;
import dev.refract.bench.peers.harness.Check;
import dev.refract.bench.peers.harness.Peer;
import dev.refract.bench.peers.harness.Pools;
import dev.refract.bench.peers.harness.Workload;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import dev.refract.bench.peers.prisma.PrismaPeer;
import dev.refract.bench.peers.prisma.RecordedPeer;
import dev.refract.bench.peers.refract.RefractJoinPeer;
import dev.refract.bench.peers.refract.RefractPeer;
import dev.refract.client.RefractClient;
import dev.refract.testkit.TestDatabase;
import dev.refract.testkit.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The suite's correctness, on small copies of the datasets (seeded once, reused while unchanged): every
 * Java peer returns the same rows as raw JDBC on every workload, and the resets leave the data as seeded.
 */
class PeersAgreeTest {
    static final Dataset ORM = Datasets.orm("refract_bench_check_orm", 60, false);
    static final Dataset MOVIES = Datasets.movies("refract_bench_check_movies", 300);
    static HikariDataSource ormPool;
    static HikariDataSource moviesPool;
    static List<Peer> peers;

    @BeforeAll
    static void seed() throws Exception {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        // the server the test kit found (the local one, or its embedded fallback; under CI=true a
        // missing server fails there); the datasets' own databases live on it
        try (TestDatabase probe = TestDatabases.postgres("peers_probe")) {
            java.net.URI uri = java.net.URI.create(probe.jdbcUrl().substring("jdbc:".length()));
            System.setProperty("refract.bench.pg", uri.getHost() + ":" + uri.getPort());
        }
        ORM.ensure();
        MOVIES.ensure();
        ormPool = Pools.hikari(ORM.jdbcUrl());
        moviesPool = Pools.hikari(MOVIES.jdbcUrl());
        peers = PeerSet.create(ormPool, ORM, moviesPool, MOVIES, Set.of());
    }

    @AfterAll
    static void close() throws Exception {
        for (Peer p : peers) {
            p.close();
        }
        ormPool.close();
        moviesPool.close();
    }

    @Test
    void everyPeerReturnsTheRowsRawJdbcReturns() throws Exception {
        assertThat(peers).extracting(Peer::name).contains("jdbc", "refract", "refract-typed", "refract-join");
        // the join peer is checked on every include workload, the typed one on every workload but SELECT 1
        Peer join = peers.stream().filter(p -> p.name().equals("refract-join")).findFirst().orElseThrow();
        assertThat(Arrays.stream(Workload.values()).filter(join::supports)).containsExactlyInAnyOrderElementsOf(
                RefractJoinPeer.INCLUDES).hasSize(7);
        try (Connection resets = DriverManager.getConnection(ORM.jdbcUrl())) {
            List<String> mismatches = Check.mismatches(peers.get(0), peers, Arrays.asList(Workload.values()), resets);
            assertThat(mismatches).isEmpty();
        }
    }

    /** refract-join loads every include in one statement (the join strategy), where the plain peer needs more. */
    @Test
    void theJoinPeerReadsEachIncludeInOneStatement() throws Exception {
        List<String> statements = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (RefractClient orm = RefractClient.builder(ORM.schema(), ormPool::getConnection).onQuery(e -> statements.add(e.sql())).build();
             RefractClient movies = RefractClient.builder(MOVIES.schema(), moviesPool::getConnection)
                     .onQuery(e -> statements.add(e.sql())).build()) {
            RefractJoinPeer join = new RefractJoinPeer(orm, movies);
            for (Workload w : RefractJoinPeer.INCLUDES) {
                statements.clear();
                join.run(w, w.defaultArg());
                assertThat(statements).as(w.label()).hasSize(1);
            }
            statements.clear();
            new RefractPeer(orm, movies).run(Workload.STUDIOS_3_LEVEL, 1);
            assertThat(statements).as("query strategy, 3 levels").hasSize(3);
        }
    }

    /** Prisma 7 on Node (when the oracle is installed): the same rows as raw JDBC on every workload. */
    @Test
    void prismaReturnsTheRowsRawJdbcReturns() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(PrismaPeer.oracle().resolve("node_modules")), "no Prisma oracle");
        Path json = Files.createTempFile("prisma-check", ".json");
        PrismaPeer.check(ORM, MOVIES, json, ".*");
        List<Peer> withPrisma = new ArrayList<>(List.of(peers.get(0), RecordedPeer.read("prisma", json)));
        try (Connection resets = DriverManager.getConnection(ORM.jdbcUrl())) {
            assertThat(Check.mismatches(peers.get(0), withPrisma, Arrays.asList(Workload.values()), resets)).isEmpty();
        }
        assertThat(withPrisma.get(1).supports(Workload.STUDIOS_3_LEVEL)).isTrue();
    }

    @Test
    void theDatasetsHoldWhatTheySay() throws Exception {
        try (Connection c = DriverManager.getConnection(ORM.jdbcUrl()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM \"Customer\"), (SELECT count(*) FROM \"Order\"),"
                     + " (SELECT count(*) FROM \"Address\"), (SELECT count(*) FROM pg_indexes WHERE indexname = 'Order_customerId_idx')")) {
            rs.next();
            assertThat(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)}).containsExactly(60, 600, 60, 0);
        }
        try (Connection c = DriverManager.getConnection(MOVIES.jdbcUrl()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM \"Movie\"), (SELECT count(*) FROM \"Actor\"),"
                     + " (SELECT count(*) FROM \"Review\"), (SELECT count(DISTINCT \"movieId\") FROM \"Review\")")) {
            rs.next();
            assertThat(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)}).containsExactly(300, 600, 3000, 240);
        }
    }
}
