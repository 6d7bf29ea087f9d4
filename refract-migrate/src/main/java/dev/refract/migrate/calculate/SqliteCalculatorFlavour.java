package dev.refract.migrate.calculate;

import dev.refract.migrate.sqlschema.ColumnType;
import dev.refract.migrate.sqlschema.ColumnTypeFamily;
import dev.refract.schema.model.Enum;
import dev.refract.schema.model.NativeType;
import dev.refract.schema.model.ScalarField;
import dev.refract.schema.model.ScalarKind;
import java.util.List;

/**
 * SQLite: one declared type per Prisma scalar ({@code INTEGER TEXT REAL DECIMAL BOOLEAN DATETIME
 * BIGINT BLOB JSONB}), enums as {@code TEXT}, and an {@code Int} that is the whole primary key
 * increments by itself (it is the rowid).
 */
final class SqliteCalculatorFlavour implements CalculatorFlavour {

    @Override
    public ColumnType scalarType(ScalarKind kind, NativeType nativeType) {
        ColumnTypeFamily family = Families.of(kind);
        return ColumnType.of(family, switch (kind) {
            case INT -> "INTEGER";
            case BIG_INT -> "BIGINT";
            case FLOAT -> "REAL";
            case DECIMAL -> "DECIMAL";
            case BOOLEAN -> "BOOLEAN";
            case STRING -> "TEXT";
            case DATE_TIME -> "DATETIME";
            case JSON -> "JSONB";
            case BYTES -> "BLOB";
        });
    }

    @Override
    public ColumnType enumType(Enum e) {
        return ColumnType.of(ColumnTypeFamily.STRING, "TEXT");
    }

    @Override
    public boolean isImplicitAutoincrement(ScalarField field) {
        return field.type().is(ScalarKind.INT) && field.model().primaryKey()
                .map(pk -> pk.scalarFields().equals(List.of(field))).orElse(false);
    }
}
