package dev.refract.migrate.introspect.internal;

import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.ColumnType;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.migrate.sqlschema.Table;
import dev.refract.schema.model.Provider;
import java.util.List;

/**
 * What introspection does differently per database: native types, where enums come from, and how
 * Prisma's implicit many-to-many join tables look. Everything else is shared.
 */
public interface Flavour {

    Provider provider();

    /**
     * The {@code @db.*} attribute for a column type without the {@code @db.} prefix
     * ({@code VarChar(191)}, {@code Decimal(10, 2)}), or null when the type is the provider's default
     * for its scalar type (or the provider has no native types).
     */
    String nativeType(ColumnType type);

    /** The database's enums, in the order Prisma renders them. */
    List<DbEnum> enums(SqlSchema schema);

    /** The enum an {@code ENUM} column uses, among {@code enums}; null when not found. */
    DbEnum enumOf(Table table, Column column, List<DbEnum> enums);

    /** The type name in {@code Unsupported("...")} and in the warning for a column Prisma cannot type. */
    default String unsupportedTypeName(ColumnType type) {
        return type.sqlType();
    }

    /** The documentation of a model whose table shows no columns (commented out). */
    default String tableWithoutColumnsNotice() {
        return "We could not retrieve columns for the underlying table. You probably have no rights to see them."
                + " Please check your privileges.";
    }

    /** Whether a join table may use a primary key (A, B) instead of a unique index (PostgreSQL). */
    default boolean joinTablesMayUsePrimaryKey() {
        return false;
    }

    /** Whether index algorithms ({@code type: Gin}) and operator classes are introspected. */
    default boolean introspectsIndexAlgorithms() {
        return false;
    }

    static Flavour of(Provider provider) {
        return switch (provider) {
            case POSTGRESQL, COCKROACHDB -> new PostgresFlavour(provider);
            case MYSQL -> new MySqlFlavour();
            case SQLITE -> new SqliteFlavour();
            default -> throw new IllegalArgumentException("Refract cannot introspect " + provider.id());
        };
    }
}
