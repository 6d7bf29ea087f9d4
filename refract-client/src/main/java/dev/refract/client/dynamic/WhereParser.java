package dev.refract.client.dynamic;

import dev.refract.client.RefractValidationException;
import dev.refract.client.query.Filter;
import dev.refract.client.query.RelationCondition;
import dev.refract.client.query.ScalarOp;
import dev.refract.schema.model.Field;
import dev.refract.schema.model.FieldType;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.Schema;
import dev.refract.schema.model.ScalarField;
import dev.refract.schema.model.ScalarKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Prisma's {@code where} argument as a {@link Filter}. */
final class WhereParser {
    private static final Map<String, ScalarOp> OPS = Map.ofEntries(Map.entry("equals", ScalarOp.EQUALS),
            Map.entry("not", ScalarOp.NOT), Map.entry("in", ScalarOp.IN), Map.entry("notIn", ScalarOp.NOT_IN),
            Map.entry("lt", ScalarOp.LT), Map.entry("lte", ScalarOp.LTE), Map.entry("gt", ScalarOp.GT),
            Map.entry("gte", ScalarOp.GTE), Map.entry("contains", ScalarOp.CONTAINS),
            Map.entry("startsWith", ScalarOp.STARTS_WITH), Map.entry("endsWith", ScalarOp.ENDS_WITH));

    private final Schema schema;
    private final ListWhereParser lists;
    private final JsonWhereParser json;

    WhereParser(Schema schema) {
        this.schema = schema;
        this.lists = new ListWhereParser(schema);
        this.json = new JsonWhereParser(schema);
    }

    Filter parse(Model model, Object where, String path) {
        if (where == null) {
            return Filter.ALL;
        }
        Map<String, Object> map = Args.map(model, where, path);
        List<Filter> parts = new ArrayList<>();
        for (Map.Entry<String, Object> e : map.entrySet()) {
            String key = e.getKey();
            String at = Args.join(path, key);
            Object value = e.getValue();
            switch (key) {
                case "AND" -> parts.add(new Filter.And(all(model, value, at)));
                case "OR" -> parts.add(new Filter.Or(all(model, value, at)));
                case "NOT" -> parts.add(new Filter.Not(all(model, value, at)));
                default -> parts.add(field(model, key, value, at));
            }
        }
        return parts.size() == 1 ? parts.get(0) : new Filter.And(parts);
    }

    private List<Filter> all(Model model, Object value, String path) {
        List<Filter> out = new ArrayList<>();
        List<?> items = Args.list(value);
        for (int i = 0; i < items.size(); i++) {
            out.add(parse(model, items.get(i), value instanceof List ? path + "." + i : path));
        }
        return out;
    }

    private Filter field(Model model, String name, Object value, String path) {
        Optional<Field> field = model.field(name).filter(f -> !f.isIgnored());
        if (field.isEmpty()) {
            Optional<List<ScalarField>> compound = compoundUnique(model, name);
            if (compound.isPresent()) {
                return compound(model, compound.get(), value, path);
            }
            throw new RefractValidationException(model.name(), path, "Unknown argument `" + name + "` for the filter on model `"
                    + model.name() + "`. Available options: " + String.join(", ", model.fields().stream().map(Field::name).toList()));
        }
        if (field.get() instanceof RelationField relation) {
            return relation(relation, value, path);
        }
        return scalar((ScalarField) field.get(), value, path);
    }

    /** {@code @@unique([a, b])} / {@code @@id([a, b])} as {@code a_b: {a: .., b: ..}}. */
    static Optional<List<ScalarField>> compoundUnique(Model model, String name) {
        return model.uniqueCriteria().stream().filter(c -> c.size() > 1)
                .filter(c -> String.join("_", c.stream().map(ScalarField::name).toList()).equals(name)).findFirst();
    }

    private Filter compound(Model model, List<ScalarField> fields, Object value, String path) {
        Map<String, Object> parts = Args.map(model, value, path);
        List<Filter> all = new ArrayList<>();
        for (ScalarField f : fields) {
            if (!parts.containsKey(f.name())) {
                throw new RefractValidationException(model.name(), path, "Argument `" + f.name() + "` is missing");
            }
            all.add(new Filter.ScalarFilter(f, ScalarOp.EQUALS, Values.coerce(schema, f, parts.get(f.name()), path + "." + f.name()), false));
        }
        return new Filter.And(all);
    }

    private Filter scalar(ScalarField field, Object value, String path) {
        if (field.isList()) {
            return lists.parse(field, value, path);
        }
        if (field.type().is(ScalarKind.JSON)) {
            return json.parse(field, value, path);
        }
        if (!(value instanceof Map<?, ?>)) {
            return new Filter.ScalarFilter(field, ScalarOp.EQUALS, Values.coerce(schema, field, value, path), false);
        }
        Map<String, Object> ops = Args.map(field.model(), value, path);
        boolean insensitive = false;
        if (ops.containsKey("mode")) {
            Object mode = ops.get("mode");
            if (!field.type().is(ScalarKind.STRING) || !("insensitive".equals(mode) || "default".equals(mode))) {
                throw new RefractValidationException(field.model().name(), path + ".mode",
                        "Argument `mode` takes \"default\" or \"insensitive\" and applies to String fields");
            }
            insensitive = "insensitive".equals(mode);
        }
        List<Filter> parts = new ArrayList<>();
        for (Map.Entry<String, Object> e : ops.entrySet()) {
            String at = path + "." + e.getKey();
            if (e.getKey().equals("mode")) {
                continue;
            }
            ScalarOp op = OPS.get(e.getKey());
            if (op == null) {
                throw new RefractValidationException(field.model().name(), at, "Unknown argument `" + e.getKey()
                        + "` for the filter on field `" + field.name() + "`. Available options: " + String.join(", ", OPS.keySet().stream().sorted().toList()) + ", mode");
            }
            if (op.isPattern() && !field.type().is(ScalarKind.STRING)) {
                throw new RefractValidationException(field.model().name(), at, "Argument `" + e.getKey()
                        + "` applies to String fields; `" + field.name() + "` is " + field.type().schemaName());
            }
            if (op == ScalarOp.NOT && e.getValue() instanceof Map<?, ?>) {
                Map<String, Object> nested = new java.util.LinkedHashMap<>(Args.map(field.model(), e.getValue(), at));
                if (nested.containsKey("mode")) {
                    // as Prisma: the mode of a nested `not` is the outer filter's
                    throw new RefractValidationException(field.model().name(), at + ".mode",
                            "Unknown argument `mode` in `not`: give `mode` beside `not`");
                }
                if (insensitive) {
                    nested.putIfAbsent("mode", "insensitive");
                }
                parts.add(new Filter.Not(List.of(scalar(field, nested, at))));
            } else if (op == ScalarOp.IN || op == ScalarOp.NOT_IN) {
                List<Object> values = new ArrayList<>();
                List<?> given = Args.list(e.getValue());
                for (int i = 0; i < given.size(); i++) {
                    values.add(Values.coerce(schema, field, given.get(i), at + "." + i));
                }
                parts.add(new Filter.ScalarFilter(field, op, values, insensitive));
            } else {
                Object v = Values.coerce(schema, field, e.getValue(), at);
                if (v == null && op != ScalarOp.EQUALS && op != ScalarOp.NOT) {
                    throw Values.wrongType(field, null, at, field.type().schemaName());
                }
                parts.add(new Filter.ScalarFilter(field, op, v, insensitive));
            }
        }
        return parts.size() == 1 ? parts.get(0) : new Filter.And(parts);
    }

    private Filter relation(RelationField field, Object value, String path) {
        Model related = field.relatedModel();
        if (field.isList()) {
            Map<String, Object> conditions = Args.map(field.model(), value, path);
            List<Filter> parts = new ArrayList<>();
            for (Map.Entry<String, Object> e : conditions.entrySet()) {
                String at = path + "." + e.getKey();
                RelationCondition c = switch (e.getKey()) {
                    case "some" -> RelationCondition.SOME;
                    case "every" -> RelationCondition.EVERY;
                    case "none" -> RelationCondition.NONE;
                    default -> throw new RefractValidationException(field.model().name(), at, "Unknown argument `"
                            + e.getKey() + "` for the list relation `" + field.name() + "`. Available options: every, none, some");
                };
                parts.add(new Filter.RelationFilter(field, c, parse(related, e.getValue() == null ? Map.of() : e.getValue(), at)));
            }
            return parts.size() == 1 ? parts.get(0) : new Filter.And(parts);
        }
        if (value == null) {
            return new Filter.RelationFilter(field, RelationCondition.IS, null);
        }
        Map<String, Object> conditions = Args.map(field.model(), value, path);
        boolean explicit = conditions.containsKey("is") || conditions.containsKey("isNot");
        if (!explicit) {
            return new Filter.RelationFilter(field, RelationCondition.IS, parse(related, conditions, path));
        }
        List<Filter> parts = new ArrayList<>();
        for (Map.Entry<String, Object> e : conditions.entrySet()) {
            String at = path + "." + e.getKey();
            RelationCondition c = switch (e.getKey()) {
                case "is" -> RelationCondition.IS;
                case "isNot" -> RelationCondition.IS_NOT;
                default -> throw new RefractValidationException(field.model().name(), at, "Unknown argument `"
                        + e.getKey() + "` for the relation `" + field.name() + "`. Available options: is, isNot");
            };
            parts.add(new Filter.RelationFilter(field, c, e.getValue() == null ? null : parse(related, e.getValue(), at)));
        }
        return parts.size() == 1 ? parts.get(0) : new Filter.And(parts);
    }

    static boolean isStringLike(ScalarField f) {
        return f.type() instanceof FieldType.Scalar s && s.kind() == ScalarKind.STRING;
    }
}
