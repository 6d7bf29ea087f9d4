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
 * BIGINT BLOB JSONB}), enums as {@code TEXT}, and only an {@code Int} that is the whole primary key
 * increments (it is the rowid).
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

    /** SQLite requires an expression default in parentheses and reports it without them: {@code ('a' || 'b')} is {@code 'a' || 'b'}. */
    @Override
    public String dbGenerated(String expression) {
        String s = expression.strip();
        return s.startsWith("(") && s.endsWith(")") && enclosing(s) ? s.substring(1, s.length() - 1).strip() : expression;
    }

    /** Whether the first parenthesis closes at the end (not {@code (a) || (b)}), quotes respected. */
    private static boolean enclosing(String s) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0 && i < s.length() - 1) {
                return false;
            }
        }
        return depth == 0;
    }

    @Override
    public ColumnType enumType(Enum e) {
        return ColumnType.of(ColumnTypeFamily.STRING, "TEXT");
    }

    /**
     * An {@code Int} that is the whole primary key is an alias of the rowid and increments with or without
     * {@code autoincrement()}; nothing else does ({@code BIGINT PRIMARY KEY} is not a rowid alias, so
     * {@code BigInt @id @default(autoincrement())} is a plain key, and Prisma writes no AUTOINCREMENT for it).
     */
    @Override
    public boolean isAutoIncrement(ScalarField field) {
        return field.type().is(ScalarKind.INT) && field.model().primaryKey()
                .map(pk -> pk.scalarFields().equals(List.of(field))).orElse(false);
    }
}
