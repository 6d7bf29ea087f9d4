package dev.refract.bench.peers.harness;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Puts the data back after a state-changing workload, and prepares what it needs: never timed. */
public final class Resets {
    private Resets() {
    }

    /** Before one operation: the argument to pass (a fresh customer's id for delete). */
    public static long before(Workload w, Connection c) throws SQLException {
        if (w != Workload.DELETE) {
            return w.defaultArg();
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "INSERT INTO \"Customer\" (name, email) VALUES ('To delete', 'delete.me@example.com') RETURNING id")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** After one operation: the seeded state again. */
    public static void after(Workload w, Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            switch (w) {
                case CREATE, NESTED_CREATE, NESTED_UPSERT ->
                        st.execute("DELETE FROM \"Customer\" WHERE email = 'john.doe@example.com'");
                case UPDATE, NESTED_UPDATE, UPSERT -> {
                }
                case DELETE -> {
                    // a peer that did not delete (a recorded result) leaves the prepared row behind
                    st.execute("DELETE FROM \"Customer\" WHERE email = 'delete.me@example.com'");
                    return;
                }
                default -> {
                    return;
                }
            }
            st.execute("UPDATE \"Customer\" SET name = 'Customer 1' WHERE id = 1");
            st.execute("UPDATE \"Address\" SET street = '1 Main St' WHERE \"customerId\" = 1");
        }
    }
}
