package dev.refract.dialect;

import dev.refract.schema.connector.Connector;
import dev.refract.schema.model.Provider;

/** SQLite (through sqlite-jdbc), the embedded default. */
public final class SqliteDialect implements Dialect {
    static final SqliteDialect INSTANCE = new SqliteDialect();

    @Override
    public Provider provider() {
        return Provider.SQLITE;
    }

    @Override
    public Connector connector() {
        return Connector.of(Provider.SQLITE);
    }

    @Override
    public String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
