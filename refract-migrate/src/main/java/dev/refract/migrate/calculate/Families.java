package dev.refract.migrate.calculate;

import dev.refract.migrate.sqlschema.ColumnTypeFamily;
import dev.refract.schema.model.ScalarKind;

/** The column type family of a Prisma scalar. */
final class Families {
    private Families() {
    }

    static ColumnTypeFamily of(ScalarKind kind) {
        return switch (kind) {
            case INT -> ColumnTypeFamily.INT;
            case BIG_INT -> ColumnTypeFamily.BIG_INT;
            case FLOAT -> ColumnTypeFamily.FLOAT;
            case DECIMAL -> ColumnTypeFamily.DECIMAL;
            case BOOLEAN -> ColumnTypeFamily.BOOLEAN;
            case STRING -> ColumnTypeFamily.STRING;
            case DATE_TIME -> ColumnTypeFamily.DATE_TIME;
            case JSON -> ColumnTypeFamily.JSON;
            case BYTES -> ColumnTypeFamily.BINARY;
        };
    }
}
