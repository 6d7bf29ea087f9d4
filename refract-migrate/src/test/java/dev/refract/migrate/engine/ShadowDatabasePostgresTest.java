package dev.refract.migrate.engine;

import dev.refract.schema.model.Provider;
import dev.refract.testkit.PostgresTest;

@PostgresTest
class ShadowDatabasePostgresTest extends ShadowDatabaseContract {
    @Override
    Provider provider() {
        return Provider.POSTGRESQL;
    }

    @Override
    String databasesLike(String prefix) {
        return "SELECT datname FROM pg_database WHERE starts_with(datname, '" + prefix + "')";
    }

    @Override
    String createTable(String name) {
        return "CREATE TABLE \"" + name + "\" (id INTEGER PRIMARY KEY);";
    }
}
