package dev.refract.client.dynamic;

import dev.refract.client.RefractValidationException;
import dev.refract.client.query.AggregateQuery;
import dev.refract.client.query.Aggregation;
import dev.refract.client.query.Filter;
import dev.refract.client.query.GroupByQuery;
import dev.refract.client.query.Having;
import dev.refract.client.query.OrderBy;
import dev.refract.client.query.ReadQuery;
import dev.refract.client.query.ScalarOp;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.Schema;
import dev.refract.schema.model.ScalarField;
import dev.refract.schema.model.ScalarKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Prisma's {@code aggregate} and {@code groupBy} arguments, checked as Prisma checks them: at least
 * one aggregate (aggregate), {@code _avg}/{@code _sum} on numbers only, known arguments. The rules
 * on {@code by}, orderBy and having hold for typed queries too: {@code internal.plan.GroupByRules}.
 */
final class AggregateParser {
    private static final Set<String> AGGREGATES = Set.of("_count", "_avg", "_sum", "_min", "_max");
    private static final Set<String> AGGREGATE_ARGS = union(Set.of("where", "orderBy", "cursor", "take", "skip"));
    private static final Set<String> GROUP_BY_ARGS = union(Set.of("by", "where", "having", "orderBy", "take", "skip"));
    private static final Map<String, ScalarOp> OPS = Map.of("equals", ScalarOp.EQUALS, "not", ScalarOp.NOT,
            "in", ScalarOp.IN, "notIn", ScalarOp.NOT_IN, "lt", ScalarOp.LT, "lte", ScalarOp.LTE, "gt", ScalarOp.GT,
            "gte", ScalarOp.GTE);

    private AggregateParser() {
    }

    static AggregateQuery aggregate(Model model, Map<String, Object> args, Function<Map<String, Object>, ReadQuery> read) {
        Args.onlyKnown(model, args, AGGREGATE_ARGS, "", "aggregate");
        Map<String, Object> readArgs = new LinkedHashMap<>(args);
        readArgs.keySet().removeAll(AGGREGATES);
        ReadQuery query = read.apply(readArgs);
        List<Aggregation> aggregations = new ArrayList<>();
        boolean countNumber = selections(model, args, aggregations);
        if (aggregations.isEmpty()) {
            throw new RefractValidationException(model.name(), "", "The `select` statement for type Aggregate" + model.name()
                    + " must not be empty. Select at least one of _count, _avg, _sum, _min, _max");
        }
        return new AggregateQuery(query, aggregations, countNumber);
    }

    static GroupByQuery groupBy(Model model, Map<String, Object> args, WhereParser where, Schema schema) {
        Args.onlyKnown(model, args, GROUP_BY_ARGS, "", "groupBy");
        List<ScalarField> by = new ArrayList<>();
        if (args.get("by") != null) {
            for (Object name : Args.list(args.get("by"))) {
                ScalarField f = QueryParser.scalarField(model, String.valueOf(name), "by");
                if (!by.contains(f)) {
                    by.add(f);
                }
            }
        }
        Filter filter = where.parse(model, args.get("where"), "where");
        List<OrderBy> orderBy = OrderByParser.parse(model, args.get("orderBy"), "orderBy", true);
        Integer take = Args.integer(model, args.get("take"), "take");
        Integer skip = Args.integer(model, args.get("skip"), "skip");
        if (skip != null && skip < 0) {
            throw new RefractValidationException(model.name(), "skip", "Invalid value for skip argument: Value can only be positive, found: " + skip);
        }
        Having having = Having.ALL;
        if (args.get("having") != null) {
            having = new HavingParser(model, where, schema).parse(args.get("having"), "having");
        }
        List<Aggregation> aggregations = new ArrayList<>();
        boolean countNumber = selections(model, args, aggregations);
        return new GroupByQuery(model, by, filter, having, orderBy, take, skip, aggregations, countNumber);
    }

    /** The aggregate selections in the order given; true when {@code _count: true} asks for a bare number. */
    private static boolean selections(Model model, Map<String, Object> args, List<Aggregation> out) {
        boolean countNumber = false;
        for (Map.Entry<String, Object> e : args.entrySet()) {
            Aggregation.Op op = Aggregation.Op.byKey(e.getKey());
            if (op == null || e.getValue() == null) {
                continue;
            }
            String at = e.getKey();
            if (op == Aggregation.Op.COUNT && e.getValue() instanceof Boolean b) {
                if (b) {
                    out.add(Aggregation.countAll());
                    countNumber = true;
                }
                continue;
            }
            int before = out.size();
            for (Map.Entry<String, Object> f : Args.map(model, e.getValue(), at).entrySet()) {
                String fieldAt = at + "." + f.getKey();
                if (!Args.bool(model, f.getValue(), fieldAt)) {
                    continue;
                }
                if (op == Aggregation.Op.COUNT && f.getKey().equals("_all")) {
                    out.add(Aggregation.countAll());
                } else {
                    out.add(new Aggregation(op, aggregatable(model, op, f.getKey(), fieldAt)));
                }
            }
            if (out.size() == before) {
                throw new RefractValidationException(model.name(), at, "The `select` statement for " + at + " needs at least one truthy value");
            }
        }
        return countNumber;
    }

    /** A field {@code op} takes: any scalar for _count, numbers for _avg/_sum, orderable values for _min/_max. */
    static ScalarField aggregatable(Model model, Aggregation.Op op, String name, String path) {
        ScalarField f = QueryParser.scalarField(model, name, path);
        if (!op.accepts(f)) {
            throw new RefractValidationException(model.name(), path, "Unknown field `" + name + "` for " + op.key() + " on model `"
                    + model.name() + "`: " + (op == Aggregation.Op.AVG || op == Aggregation.Op.SUM
                            ? "it takes numeric fields (Int, BigInt, Float, Decimal)" : "it takes scalar fields other than Json, Bytes and lists"));
        }
        return f;
    }

    /** Prisma's {@code having}: AND/OR/NOT, and per field a filter (by-fields) and aggregate conditions. */
    private static final class HavingParser {
        private final Model model;
        private final WhereParser where;
        private final Schema schema;

        HavingParser(Model model, WhereParser where, Schema schema) {
            this.model = model;
            this.where = where;
            this.schema = schema;
        }

        Having parse(Object value, String path) {
            List<Having> parts = new ArrayList<>();
            for (Map.Entry<String, Object> e : Args.map(model, value, path).entrySet()) {
                String at = path + "." + e.getKey();
                switch (e.getKey()) {
                    case "AND" -> parts.add(new Having.And(all(e.getValue(), at)));
                    case "OR" -> parts.add(new Having.Or(all(e.getValue(), at)));
                    case "NOT" -> parts.add(new Having.Not(all(e.getValue(), at)));
                    default -> parts.add(field(e.getKey(), e.getValue(), at));
                }
            }
            return parts.size() == 1 ? parts.get(0) : new Having.And(parts);
        }

        private List<Having> all(Object value, String path) {
            List<Having> out = new ArrayList<>();
            List<?> items = Args.list(value);
            for (int i = 0; i < items.size(); i++) {
                out.add(parse(items.get(i), value instanceof List ? path + "." + i : path));
            }
            return out;
        }

        private Having field(String name, Object value, String path) {
            ScalarField field = QueryParser.scalarField(model, name, path);
            Map<String, Object> plain = new LinkedHashMap<>();
            List<Having> parts = new ArrayList<>();
            if (value instanceof Map<?, ?>) {
                for (Map.Entry<String, Object> e : Args.map(model, value, path).entrySet()) {
                    Aggregation.Op op = Aggregation.Op.byKey(e.getKey());
                    if (op == null) {
                        plain.put(e.getKey(), e.getValue());
                    } else {
                        String at = path + "." + e.getKey();
                        Aggregation a = new Aggregation(op, aggregatable(model, op, name, at));
                        parts.addAll(aggregated(a, e.getValue(), at));
                    }
                }
            }
            if (!(value instanceof Map<?, ?>) || !plain.isEmpty()) {
                Map<String, Object> filter = new LinkedHashMap<>();
                filter.put(name, value instanceof Map<?, ?> ? plain : value);
                parts.add(0, new Having.Grouped(where.parse(model, filter, path.substring(0, path.lastIndexOf('.')))));
            }
            return parts.size() == 1 ? parts.get(0) : new Having.And(parts);
        }

        private List<Having> aggregated(Aggregation a, Object value, String path) {
            List<Having> out = new ArrayList<>();
            if (!(value instanceof Map<?, ?>)) {
                out.add(new Having.Aggregated(a, ScalarOp.EQUALS, operand(a, value, path)));
                return out;
            }
            for (Map.Entry<String, Object> e : Args.map(model, value, path).entrySet()) {
                String at = path + "." + e.getKey();
                ScalarOp op = OPS.get(e.getKey());
                if (op == null) {
                    throw new RefractValidationException(model.name(), at, "Unknown argument `" + e.getKey() + "` for the filter on "
                            + a.op().key() + ". Available options: " + String.join(", ", OPS.keySet().stream().sorted().toList()));
                }
                Object operand;
                if (op == ScalarOp.IN || op == ScalarOp.NOT_IN) {
                    List<Object> values = new ArrayList<>();
                    for (Object v : Args.list(e.getValue())) {
                        values.add(operand(a, v, at));
                    }
                    operand = values;
                } else {
                    operand = operand(a, e.getValue(), at);
                }
                out.add(new Having.Aggregated(a, op, operand));
            }
            return out;
        }

        /** The value an aggregate is compared with: Int for counts, Float (Decimal) for averages, else the field's type. */
        private Object operand(Aggregation a, Object value, String path) {
            if (value == null) {
                return null;
            }
            switch (a.op()) {
                case COUNT:
                    return Args.integer(model, value, path);
                case AVG:
                    if (!(value instanceof Number n)) {
                        throw new RefractValidationException(model.name(), path, "Invalid argument type: expected Float, provided " + Args.describe(value));
                    }
                    return a.field().type().is(ScalarKind.DECIMAL) ? Values.coerce(schema, a.field(), value, path) : n.doubleValue();
                default:
                    return Values.coerce(schema, a.field(), value, path);
            }
        }
    }

    private static Set<String> union(Set<String> args) {
        Set<String> all = new LinkedHashSet<>(args);
        all.addAll(List.of("_count", "_avg", "_sum", "_min", "_max"));
        return all;
    }
}
