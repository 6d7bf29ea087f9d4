package dev.refract.bench.peers;

import dev.refract.bench.peers.data.Dataset;
import dev.refract.bench.peers.harness.Peer;
import dev.refract.bench.peers.hibernate.HibernatePeer;
import dev.refract.bench.peers.jdbc.JdbcPeer;
import dev.refract.bench.peers.jooq.JooqPeer;
import dev.refract.bench.peers.refract.RefractJoinPeer;
import dev.refract.bench.peers.refract.RefractPeer;
import dev.refract.bench.peers.refract.RefractTypedPeer;
import dev.refract.bench.peers.typed.movies.MoviesDb;
import dev.refract.bench.peers.typed.orm.OrmDb;
import dev.refract.client.RefractClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The Java peers on one pool per dataset: raw JDBC first (the reference), then the others: refract (the
 * dynamic entry point), refract-typed (the generated client), refract-join (dynamic, relationLoadStrategy
 * "join", include workloads only), jooq, hibernate. {@code only} names the ones to create besides raw
 * JDBC (empty: all).
 */
public final class PeerSet {
    private PeerSet() {
    }

    public static List<Peer> create(DataSource orm, Dataset ormData, DataSource movies, Dataset moviesData, Set<String> only) {
        List<Peer> peers = new ArrayList<>();
        peers.add(new JdbcPeer(orm, movies));
        if (only.isEmpty() || only.contains("refract")) {
            peers.add(new RefractPeer(RefractClient.builder(ormData.schema(), orm::getConnection).build(),
                    RefractClient.builder(moviesData.schema(), movies::getConnection).build()));
        }
        if (only.isEmpty() || only.contains("refract-typed")) {
            peers.add(new RefractTypedPeer(OrmDb.of(RefractClient.builder(OrmDb.schema(), orm::getConnection).build()),
                    MoviesDb.of(RefractClient.builder(MoviesDb.schema(), movies::getConnection).build())));
        }
        if (only.isEmpty() || only.contains("refract-join")) {
            peers.add(new RefractJoinPeer(RefractClient.builder(ormData.schema(), orm::getConnection).build(),
                    RefractClient.builder(moviesData.schema(), movies::getConnection).build()));
        }
        if (only.isEmpty() || only.contains("jooq")) {
            peers.add(new JooqPeer(orm, movies));
        }
        if (only.isEmpty() || only.contains("hibernate")) {
            peers.add(new HibernatePeer(orm, movies));
        }
        return peers;
    }
}
