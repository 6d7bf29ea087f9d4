package dev.refract.dialect.connect;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/** Reading the cause of a failed connection attempt, shared by the dialects. */
final class ConnectionFailures {
    private ConnectionFailures() {
    }

    /** Whether nothing answered: refused, unknown host, no route, or the connect timed out. */
    static boolean unreachable(SQLException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException || cause instanceof SocketTimeoutException
                    || cause instanceof InterruptedIOException) {
                return true;
            }
        }
        String state = failure.getSQLState();
        return state != null && state.startsWith("08");
    }
}
