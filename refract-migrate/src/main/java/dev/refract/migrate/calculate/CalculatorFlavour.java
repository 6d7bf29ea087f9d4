package dev.refract.migrate.calculate;

import dev.refract.dialect.Dialect;
import dev.refract.migrate.sqlschema.ColumnDefault;
import dev.refract.migrate.sqlschema.ColumnType;
import dev.refract.migrate.sqlschema.Extension;
import dev.refract.migrate.sqlschema.SqlEnum;
import dev.refract.schema.model.Enum;
import dev.refract.schema.model.NativeType;
import dev.refract.schema.model.Provider;
import dev.refract.schema.model.ScalarField;
import dev.refract.schema.model.ScalarKind;
import dev.refract.schema.model.Schema;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the calculation leaves to each database, as Prisma's {@code SqlSchemaCalculatorFlavour}:
 * column types (defaults and {@code @db.*}), enums, autoincrement, the implicit many-to-many
 * constraint, index options and extensions. Hooks have the common answer as default; a flavour
 * overrides what its database does differently. The one place that picks a flavour is {@link #of}.
 */
interface CalculatorFlavour {

    /** The flavour for a dialect. */
    static CalculatorFlavour of(Dialect dialect) {
        Supplier<CalculatorFlavour> flavour = Registry.BY_PROVIDER.get(dialect.provider());
        if (flavour == null) {
            throw new IllegalArgumentException("no schema calculation for " + dialect.provider().id());
        }
        return flavour.get();
    }

    /** The type of a column holding a Prisma scalar, from its {@code @db.*} type or the provider's default. */
    ColumnType scalarType(ScalarKind kind, NativeType nativeType);

    /** The type of a column holding an enum. */
    ColumnType enumType(Enum e);

    /** Enums as database objects (PostgreSQL's {@code CREATE TYPE}); none elsewhere. */
    default List<SqlEnum> enums(Schema schema, Namespaces namespaces) {
        return List.of();
    }

    /** The default an {@code autoincrement()} column reads back as; null where none is described. */
    default ColumnDefault autoincrementDefault(ScalarField field) {
        return null;
    }

    /** Whether the field's column increments by itself: {@code autoincrement()}, where the database honours it. */
    default boolean isAutoIncrement(ScalarField field) {
        return field.isAutoincrement();
    }

    /** The implicit many-to-many table's pair constraint: a primary key {@code _AB_pkey}, or a unique index {@code _AB_unique}. */
    default boolean joinTableHasPrimaryKey() {
        return false;
    }

    /** The access method of {@code @@index(type: X)} as described ({@code HASH}, {@code GIN}...); null for B-tree. */
    default String indexAlgorithm(String algorithm) {
        return algorithm == null || algorithm.equals("BTree") ? null : algorithm.toUpperCase(Locale.ROOT);
    }

    /** The operator class of {@code ops: X} as described: the database's name, null when it is the default one. */
    default String operatorClass(String written, String algorithm) {
        return null;
    }

    /** A list default: the elements already spelled as values; only databases with scalar lists have them. */
    default ColumnDefault listDefault(List<String> elements, ColumnType type, String enumNamespace) {
        throw new IllegalStateException("no scalar lists on this database");
    }

    /** A {@code Bytes} default (base64 in the schema) as a value. */
    default ColumnDefault.Value bytesDefault(byte[] bytes) {
        return ColumnDefault.ofString(hex(bytes));
    }

    /** A {@code dbgenerated("...")} expression as the database reports it back; empty stays empty. */
    default String dbGenerated(String expression) {
        return expression;
    }

    /** A {@code Json} default's text as the column reads it back (PostgreSQL's {@code jsonb} reformats it). */
    default String jsonDefault(String json, ColumnType type) {
        return json;
    }

    /** The datasource's extensions (PostgreSQL). */
    default List<Extension> extensions(Schema schema) {
        return List.of();
    }

    static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            out.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return out.toString();
    }

    /** The flavours by provider. */
    final class Registry {
        static final Map<Provider, Supplier<CalculatorFlavour>> BY_PROVIDER = Map.of(
                Provider.POSTGRESQL, PostgresCalculatorFlavour::new,
                Provider.MYSQL, MySqlCalculatorFlavour::new,
                Provider.SQLITE, SqliteCalculatorFlavour::new);

        private Registry() {
        }
    }
}
