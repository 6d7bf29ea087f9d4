package dev.refract.migrate.introspect;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a DDL fixture into statements: each ends with a semicolon at the end of a line. Lines
 * starting with {@code --} are comments; {@code -- schemas: a, b} names the PostgreSQL schemas to
 * describe.
 */
final class SqlScripts {
    private SqlScripts() {
    }

    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            if (line.strip().startsWith("--") && current.toString().isBlank()) {
                continue;
            }
            current.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                String statement = current.toString().strip();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    /** The schemas named by a {@code -- schemas: a, b} line, or empty. */
    static List<String> schemas(String script) {
        for (String line : script.split("\n")) {
            String s = line.strip();
            if (s.startsWith("-- schemas:")) {
                return List.of(s.substring("-- schemas:".length()).trim().split("\\s*,\\s*"));
            }
        }
        return List.of();
    }
}
