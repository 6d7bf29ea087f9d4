package dev.refract.client;

import java.time.Duration;
import java.util.List;

/**
 * Told about every statement the client sends, after it ran: the SQL with {@code ?} placeholders,
 * the bound values and how long it took. Query logging and tests that count statements use it.
 */
@FunctionalInterface
public interface StatementListener {

    void onStatement(String sql, List<Object> parameters, Duration duration);
}
