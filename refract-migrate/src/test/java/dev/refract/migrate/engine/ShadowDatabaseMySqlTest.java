package dev.refract.migrate.engine;

import dev.refract.schema.model.Provider;
import dev.refract.testkit.MySqlTest;

@MySqlTest
class ShadowDatabaseMySqlTest extends ShadowDatabaseContract {
    @Override
    Provider provider() {
        return Provider.MYSQL;
    }

    @Override
    String databasesLike(String prefix) {
        return "SELECT schema_name FROM information_schema.schemata WHERE LEFT(schema_name, " + prefix.length()
                + ") = '" + prefix + "'";
    }

    @Override
    String createTable(String name) {
        return "CREATE TABLE `" + name + "` (id INTEGER PRIMARY KEY);";
    }
}
