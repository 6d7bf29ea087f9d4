package dev.refract.bench.peers.harness;

import dev.refract.bench.peers.model.Rows;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * Every peer returns the same rows per workload: each peer's result, turned into {@code Rows} records and
 * a canonical string, equals the reference peer's (raw JDBC). For writes, the values a create generates
 * (id, createdAt) are left out.
 */
public final class Check {
    private Check() {
    }

    /** One line per disagreement; empty when all peers agree on every workload they support. */
    public static List<String> mismatches(Peer reference, List<Peer> peers, List<Workload> workloads, Connection resets)
            throws Exception {
        List<String> out = new ArrayList<>();
        for (Workload w : workloads) {
            String reference0 = canonical(reference, w, resets);
            for (Peer peer : peers) {
                if (peer == reference || !peer.supports(w)) {
                    continue;
                }
                String expected = reference0;
                String actual;
                try {
                    actual = canonical(peer, w, resets);
                } catch (Exception e) {
                    out.add(peer.name() + " " + w.label() + ": failed: " + e);
                    continue;
                }
                if (w == Workload.FIND_FIRST || w == Workload.FIND_FIRST_INCLUDE) {
                    // Without orderBy, "first" is whichever row the database reads first (updates move rows):
                    // any customer will do, as long as it is the whole customer (and its orders) the reference loads by that id.
                    Object row = peer.rows(w, peer.run(w, 0));
                    long id = row == null ? -1 : ((Rows.Customer) row).id();
                    Workload byId = w == Workload.FIND_FIRST ? Workload.FIND_UNIQUE : Workload.FIND_UNIQUE_INCLUDE;
                    expected = Rows.canonical(reference.rows(byId, reference.run(byId, id)));
                    actual = Rows.canonical(row);
                }
                if (!expected.equals(actual)) {
                    out.add(peer.name() + " " + w.label() + ": differs from " + reference.name() + "\n  expected "
                            + abbreviate(expected) + "\n  actual   " + abbreviate(actual));
                }
            }
        }
        return out;
    }

    /** The peer's result for the workload as a canonical string (after the workload's reset). */
    public static String canonical(Peer peer, Workload w, Connection resets) throws Exception {
        long arg = Resets.before(w, resets);
        Object result;
        try {
            result = peer.rows(w, peer.run(w, arg));
        } finally {
            Resets.after(w, resets);
        }
        if (w.mutates() && result instanceof Rows.Customer) {
            result = ((Rows.Customer) result).written();
        }
        return Rows.canonical(result);
    }

    private static String abbreviate(String s) {
        return s.length() <= 600 ? s : s.substring(0, 600) + "... (" + s.length() + " chars)";
    }
}
