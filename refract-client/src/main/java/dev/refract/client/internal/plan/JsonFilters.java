package dev.refract.client.internal.plan;

import dev.refract.client.Json;
import dev.refract.client.query.Filter;
import dev.refract.client.query.ScalarOp;
import dev.refract.dialect.sql.Expr;
import dev.refract.dialect.values.JsonText;
import java.util.List;

/**
 * Filters on Json fields, as Prisma's engine writes them (checked against Prisma 7 on PostgreSQL):
 * the target is the column, or the value at the path inside it (SQL NULL when the path is missing).
 * {@code equals}/{@code not} compare as JSON; {@code DbNull} is SQL NULL (of the column, or a missing
 * path), {@code JsonNull} the JSON value {@code null}, {@code AnyNull} either. String, array and
 * ordering filters also require the target's JSON type (a string, an array, a number or string like
 * the value), so {@code gt: 5} never matches a string. The database spelling is the dialect's
 * {@code JsonSyntax}.
 */
final class JsonFilters {
    private JsonFilters() {
    }

    static Expr compile(Filter.JsonFilter f, String alias) {
        Expr column = Expr.column(alias, f.field().databaseName());
        Expr target = f.path().isEmpty() ? column : new Expr.JsonPath(column, f.path(), false);
        Object value = f.value();
        switch (f.op()) {
            case EQUALS:
                return equals(target, value);
            case NOT:
                if (value == Json.Null.ANY_NULL) {
                    return Expr.and(List.of(new Expr.Not(jsonNull(target)), new Expr.IsNull(target, true)));
                }
                if (value == Json.Null.DB_NULL) {
                    return new Expr.IsNull(target, true);
                }
                return new Expr.Not(equals(target, value));
            case STRING_CONTAINS:
            case STRING_STARTS_WITH:
            case STRING_ENDS_WITH:
                Expr text = new Expr.JsonPath(column, f.path(), true);
                return Expr.and(List.of(new Expr.Binary(text, f.insensitive() ? Expr.Op.ILIKE : Expr.Op.LIKE,
                        FilterCompiler.pattern(f.op(), (String) value)), new Expr.JsonTypeIs(target, Expr.JsonType.STRING)));
            case ARRAY_CONTAINS:
                return Expr.and(List.of(new Expr.JsonContains(target, document(value)), isArray(target)));
            case ARRAY_STARTS_WITH:
            case ARRAY_ENDS_WITH:
                Expr end = new Expr.JsonElement(target, f.op() == ScalarOp.ARRAY_ENDS_WITH);
                return Expr.and(List.of(new Expr.JsonEquals(end, document(value)), isArray(target)));
            case LT:
            case LTE:
            case GT:
            case GTE:
                Expr.Op op = switch (f.op()) {
                    case LT -> Expr.Op.LT;
                    case LTE -> Expr.Op.LE;
                    case GT -> Expr.Op.GT;
                    default -> Expr.Op.GE;
                };
                Expr.JsonType type = value instanceof String ? Expr.JsonType.STRING : Expr.JsonType.NUMBER;
                return Expr.and(List.of(new Expr.JsonCompare(target, op, value), new Expr.JsonTypeIs(target, type)));
            default:
                throw new IllegalArgumentException(f.op() + " does not apply to the Json field " + f.field().name());
        }
    }

    private static Expr equals(Expr target, Object value) {
        if (value == Json.Null.DB_NULL) {
            return new Expr.IsNull(target, false);
        }
        if (value == Json.Null.JSON_NULL) {
            return jsonNull(target);
        }
        if (value == Json.Null.ANY_NULL) {
            return Expr.or(List.of(jsonNull(target), new Expr.IsNull(target, false)));
        }
        return new Expr.JsonEquals(target, document(value));
    }

    private static Expr jsonNull(Expr target) {
        return new Expr.JsonEquals(target, new Expr.JsonDocument(Expr.param(new JsonText("null"))));
    }

    private static Expr isArray(Expr target) {
        return new Expr.JsonTypeIs(target, Expr.JsonType.ARRAY);
    }

    private static Expr.JsonDocument document(Object value) {
        return new Expr.JsonDocument(Expr.param(new JsonText(Json.of(value).toString())));
    }
}
