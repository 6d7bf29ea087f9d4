package dev.refract.dialect.sql;

import java.util.List;

/**
 * A SQL expression node. Values only ever enter SQL as {@link Param}s (bound parameters); the
 * only text that reaches SQL verbatim is identifiers (quoted by the dialect) and the fixed
 * keywords and function names of these node types.
 */
public sealed interface Expr {

    /** {@code alias.column} (alias may be null). */
    record Column(String table, String name) implements Expr {
    }

    /** A bound parameter. */
    record Param(Object value) implements Expr {
    }

    /** {@code NULL}, {@code TRUE}, {@code FALSE}, {@code CURRENT_TIMESTAMP}, {@code *}: fixed keywords only. */
    enum Keyword implements Expr {
        NULL,
        TRUE,
        FALSE,
        CURRENT_TIMESTAMP,
        STAR
    }

    /** Comparison operators. {@code ILIKE} is case-insensitive LIKE (emulated where the database lacks it). */
    enum Op {
        EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">="), LIKE("LIKE"), ILIKE("ILIKE"),
        ADD("+"), SUB("-"), MUL("*"), DIV("/");

        final String sql;

        Op(String sql) {
            this.sql = sql;
        }

        /** The operator as SQL text. */
        public String sql() {
            return sql;
        }
    }

    record Binary(Expr left, Op op, Expr right) implements Expr {
    }

    /** AND of the parts; an empty AND is true. */
    record And(List<Expr> parts) implements Expr {
        public And {
            parts = List.copyOf(parts);
        }
    }

    /** OR of the parts; an empty OR is false. */
    record Or(List<Expr> parts) implements Expr {
        public Or {
            parts = List.copyOf(parts);
        }
    }

    record Not(Expr expr) implements Expr {
    }

    record IsNull(Expr expr, boolean negated) implements Expr {
    }

    /** {@code expr IN (values)}; an empty list is false (true when negated). */
    record In(Expr expr, List<Expr> values, boolean negated) implements Expr {
        public In {
            values = List.copyOf(values);
        }
    }

    /**
     * {@code expr} is one of {@code values} (of a scalar type {@code kind}: INT, BIG_INT or STRING):
     * {@code expr = ANY(?)} with one array parameter where {@link SqlSyntax#supportsArrayParameters()},
     * {@code expr IN (?, ?, ...)} elsewhere; an empty list is false.
     */
    record AnyOf(Expr expr, dev.refract.schema.model.ScalarKind kind, List<Object> values) implements Expr {
        public AnyOf {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    /** {@code (a, b) IN (SELECT ...)}, or a single column. */
    record InSelect(List<Expr> left, Select select, boolean negated) implements Expr {
        public InSelect {
            left = List.copyOf(left);
        }
    }

    record Exists(Select select, boolean negated) implements Expr {
    }

    /** A scalar subquery. */
    record SubSelect(Select select) implements Expr {
    }

    /** Functions the renderer knows; names are never taken from user input. */
    enum Function {
        COUNT, SUM, AVG, MIN, MAX, LOWER, UPPER, COALESCE
    }

    record Call(Function function, List<Expr> args, boolean distinct) implements Expr {
        public Call {
            args = List.copyOf(args);
        }
    }

    /**
     * {@code ROW_NUMBER() OVER (PARTITION BY ... ORDER BY ...)}: numbers rows per partition, so a
     * query can keep the first n rows of each group (per-parent take/skip of nested reads).
     */
    record RowNumber(List<Expr> partitionBy, List<Select.Order> orderBy) implements Expr {
        public RowNumber {
            partitionBy = List.copyOf(partitionBy);
            orderBy = List.copyOf(orderBy);
        }
    }

    /** Operators on SQL arrays (scalar lists); each dialect spells them ({@link SqlSyntax#arrayOperator}). */
    enum ArrayOp {
        /** The left array holds every element of the right one. */
        CONTAINS,
        /** The arrays share at least one element. */
        OVERLAPS,
        /** The arrays one after the other (an update's {@code push}). */
        CONCAT
    }

    /** {@code left <array op> right}. */
    record ArrayBinary(Expr left, ArrayOp op, Expr right) implements Expr {
    }

    /** Expressions on JSON values; each dialect renders them through its {@link JsonSyntax}. */
    sealed interface JsonExpr extends Expr {
    }

    /**
     * The value at {@code path} (object keys, or array indexes as digits) inside a JSON document, as
     * JSON, or as text ({@code asText}: strings unquoted); SQL NULL when the path is missing. The
     * segments are bound parameters.
     */
    record JsonPath(Expr document, List<String> path, boolean asText) implements JsonExpr {
        public JsonPath {
            path = List.copyOf(path);
        }
    }

    /** The JSON types a filter can ask for. */
    enum JsonType {
        STRING, NUMBER, ARRAY, OBJECT
    }

    /** The JSON value is of {@code type}. */
    record JsonTypeIs(Expr json, JsonType type) implements JsonExpr {
    }

    /** Two JSON values are equal as JSON (object key order does not matter where the database can tell). */
    record JsonEquals(Expr left, Expr right) implements JsonExpr {
    }

    /** The JSON {@code document} contains {@code candidate} (an array holding the candidate's elements...). */
    record JsonContains(Expr document, Expr candidate) implements JsonExpr {
    }

    /** The first (or last) element of a JSON array. */
    record JsonElement(Expr array, boolean last) implements JsonExpr {
    }

    /** A parameter holding JSON text, read as a JSON value. */
    record JsonDocument(Param text) implements JsonExpr {
    }

    /**
     * {@code json <op> scalar} for a JSON number or string and a scalar of the same kind
     * ({@code Number} or {@code String}), ordered as numbers or as text.
     */
    record JsonCompare(Expr json, Op op, Object scalar) implements JsonExpr {
    }

    /** A JSON array of the values, in order ({@link SqlSyntax#jsonArrayFunction()}). */
    record JsonArray(List<Expr> values) implements Expr {
        public JsonArray {
            values = List.copyOf(values);
        }
    }

    /** The aggregate of one JSON value per row into a JSON array, in the given order; NULL for no rows. */
    record JsonArrayAgg(Expr value, List<Select.Order> orderBy) implements Expr {
        public JsonArrayAgg {
            orderBy = List.copyOf(orderBy);
        }
    }

    /** How a value that JSON cannot carry as it is enters JSON ({@link SqlSyntax#jsonValue}). */
    enum JsonEncoding {
        /** Bytes as hexadecimal text. */
        HEX,
        /** A JSON document as its text, exactly as the column reads. */
        TEXT
    }

    /** {@code value} encoded for JSON. */
    record JsonValue(Expr value, JsonEncoding encoding) implements Expr {
    }

    static Column column(String table, String name) {
        return new Column(table, name);
    }

    static Param param(Object value) {
        return new Param(value);
    }

    static Expr eq(Expr left, Expr right) {
        return new Binary(left, Op.EQ, right);
    }

    static Expr and(List<Expr> parts) {
        return parts.size() == 1 ? parts.get(0) : new And(parts);
    }

    static Expr or(List<Expr> parts) {
        return parts.size() == 1 ? parts.get(0) : new Or(parts);
    }
}
