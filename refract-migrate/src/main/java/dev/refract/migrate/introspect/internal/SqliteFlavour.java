package dev.refract.migrate.introspect.internal;

import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.ColumnType;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.migrate.sqlschema.Table;
import dev.refract.schema.model.Provider;
import java.util.List;

/** SQLite: no native types, no enums. */
final class SqliteFlavour implements Flavour {
    @Override
    public Provider provider() {
        return Provider.SQLITE;
    }

    @Override
    public String nativeType(ColumnType type) {
        return null;
    }

    @Override
    public List<DbEnum> enums(SqlSchema schema) {
        return List.of();
    }

    @Override
    public DbEnum enumOf(Table table, Column column, List<DbEnum> enums) {
        return null;
    }
}
