package dev.refract.client.internal.exec;

import dev.refract.client.RefractException;
import dev.refract.dialect.Dialect;
import dev.refract.dialect.error.DatabaseError;
import dev.refract.schema.model.ConstraintNames;
import dev.refract.schema.model.Index;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a failed statement into Prisma's error: the dialect says what kind of failure it was and
 * which constraint or columns the database named; this class names the model's fields the way
 * Prisma's messages do (P2002, P2003, P2011, P2000, P2034, P1008, P1017, P1001).
 */
public final class Failures {
    private Failures() {
    }

    /** The client's exception for {@code failure} of {@code sql}, run for {@code model} (null when unknown). */
    public static RefractException translate(Dialect dialect, SQLException failure, Model model, String sql) {
        DatabaseError error = dialect.classify(failure);
        Model subject = model;
        if (error.table() != null && model != null) {
            subject = model.fields().stream().filter(RelationField.class::isInstance).map(f -> ((RelationField) f).relatedModel())
                    .filter(m -> m.databaseName().equals(error.table())).findFirst()
                    .orElse(model);
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        if (subject != null) {
            meta.put("modelName", subject.name());
        }
        switch (error.kind()) {
            case UNIQUE_VIOLATION: {
                List<String> fields = uniqueFields(subject, error);
                meta.put("target", fields.isEmpty() && error.constraint() != null ? error.constraint() : fields);
                String on = fields.isEmpty() ? (error.constraint() == null ? "constraint" : "constraint: `" + error.constraint() + "`")
                        : "fields: (" + ticks(fields) + ")";
                return new RefractException("P2002", "Unique constraint failed on the " + on, meta, failure);
            }
            case FOREIGN_KEY_VIOLATION: {
                List<String> fields = foreignKeyFields(subject, error);
                String on = !fields.isEmpty() ? "fields: (" + ticks(fields) + ")"
                        : error.constraint() != null ? "constraint: `" + error.constraint() + "`" : "foreign key";
                meta.put("field_name", !fields.isEmpty() ? String.join(", ", fields) : error.constraint() != null ? error.constraint() : "foreign key");
                return new RefractException("P2003", "Foreign key constraint violated on the " + on, meta, failure);
            }
            case NULL_VIOLATION: {
                List<String> fields = fieldNames(subject, error.columns());
                meta.put("constraint", fields);
                return new RefractException("P2011", "Null constraint violation on the fields: (" + ticks(fields) + ")", meta, failure);
            }
            case VALUE_TOO_LONG: {
                String column = error.columns().isEmpty() ? "(not available)" : String.join(", ", fieldNames(subject, error.columns()));
                meta.put("column_name", column);
                return new RefractException("P2000", "The provided value for the column is too long for the column's type. Column: "
                        + column, meta, failure);
            }
            case SERIALIZATION_FAILURE:
                return new RefractException("P2034",
                        "Transaction failed due to a write conflict or a deadlock. Please retry your transaction", meta, failure);
            case TIMED_OUT:
                return new RefractException("P1008", "Operations timed out: " + failure.getMessage(), meta, failure);
            case CONNECTION_CLOSED:
                return new RefractException("P1017", "Server has closed the connection.", meta, failure);
            case UNREACHABLE:
                return new RefractException("P1001", "Can't reach database server: " + failure.getMessage(), meta, failure);
            default:
                meta.put("sqlState", String.valueOf(failure.getSQLState()));
                meta.put("sql", sql == null ? "" : sql);
                return new RefractException("", "Database error: " + failure.getMessage() + (sql == null ? "" : "\n  in: " + sql),
                        meta, failure);
        }
    }

    /**
     * A failed raw statement, as Prisma reports every one: P2010 with the database's code and message
     * (meta {@code code}, {@code message}), whatever constraint or syntax error it was.
     */
    public static RefractException raw(Dialect dialect, SQLException failure) {
        DatabaseError error = dialect.classify(failure);
        switch (error.kind()) {
            case TIMED_OUT:
            case CONNECTION_CLOSED:
            case UNREACHABLE:
                return translate(dialect, failure, null, null);
            default:
                String code = dialect.errorCode(failure);
                String message = dialect.errorMessage(failure);
                return new RefractException("P2010", "Raw query failed. Code: `" + code + "`. Message: `" + message + "`",
                        Map.of("code", code, "message", message), failure);
        }
    }

    private static List<String> uniqueFields(Model model, DatabaseError error) {
        if (!error.columns().isEmpty()) {
            return fieldNames(model, error.columns());
        }
        if (model == null || error.constraint() == null) {
            return List.of();
        }
        String name = error.constraint();
        if (name.equals("PRIMARY") || name.equals(ConstraintNames.primaryKey(model.databaseName(), 64))
                || name.equals(ConstraintNames.primaryKey(model.databaseName(), 63))) {
            return model.primaryKey().map(pk -> pk.scalarFields().stream().map(ScalarField::name).toList()).orElse(List.of());
        }
        for (Index index : model.uniqueIndexes()) {
            List<String> columns = index.scalarFields().stream().map(ScalarField::databaseName).toList();
            if (name.equals(index.map()) || name.equals(ConstraintNames.unique(model.databaseName(), columns, 64))
                    || name.equals(ConstraintNames.unique(model.databaseName(), columns, 63))) {
                return index.scalarFields().stream().map(ScalarField::name).toList();
            }
        }
        return List.of();
    }

    private static List<String> foreignKeyFields(Model model, DatabaseError error) {
        if (model != null && error.constraint() != null) {
            for (RelationField f : model.relationFields()) {
                if (f.isReferencing() && (error.constraint().equals(f.constraintName(64)) || error.constraint().equals(f.constraintName(63)))) {
                    return f.fields().stream().map(ScalarField::name).toList();
                }
            }
        }
        return fieldNames(model, error.columns());
    }

    private static List<String> fieldNames(Model model, List<String> columns) {
        List<String> out = new ArrayList<>();
        for (String column : columns) {
            out.add(model == null ? column : model.scalarFields().stream().filter(f -> f.databaseName().equals(column))
                    .map(ScalarField::name).findFirst().orElse(column));
        }
        return out;
    }

    private static String ticks(List<String> names) {
        return String.join(", ", names.stream().map(n -> "`" + n + "`").toList());
    }
}
