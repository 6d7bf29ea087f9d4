package dev.refract.client.dynamic;

import dev.refract.client.RefractValidationException;
import dev.refract.client.Json;
import dev.refract.client.query.FieldWrite;
import dev.refract.dialect.values.JsonText;
import dev.refract.client.query.Filter;
import dev.refract.client.query.NestedWrite;
import dev.refract.client.query.WriteData;
import dev.refract.schema.model.Field;
import dev.refract.schema.model.FieldType;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import dev.refract.schema.model.ScalarKind;
import dev.refract.schema.model.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Prisma's write arguments ({@code data} of create and update with nested writes, atomic number
 * operations, unique {@code where}s) checked against the schema and turned into {@link WriteData}.
 */
public final class WriteParser {
    private static final Set<String> CREATE_OPS = Set.of("create", "createMany", "connect", "connectOrCreate");
    private static final Set<String> UPDATE_OPS = Set.of("create", "createMany", "connect", "connectOrCreate", "disconnect",
            "set", "update", "updateMany", "upsert", "delete", "deleteMany");

    private final Schema schema;
    private final WhereParser where;

    public WriteParser(Schema schema) {
        this.schema = schema;
        this.where = new WhereParser(schema);
    }

    /** A {@code where} naming one record by a unique criterion. */
    public Filter whereUnique(Model model, Object value, String path) {
        QueryParser.requireUnique(model, Args.map(model, value, path), path);
        return where.parse(model, value, path);
    }

    private static final Set<String> SHAPE = Set.of("select", "include", "omit");
    private static final Map<String, Set<String>> ARGUMENTS = Map.of(
            "create", Set.of("data"),
            "createMany", Set.of("data", "skipDuplicates"),
            "createManyAndReturn", Set.of("data", "skipDuplicates"),
            "update", Set.of("where", "data"),
            "updateMany", Set.of("where", "data", "limit"),
            "updateManyAndReturn", Set.of("where", "data", "limit"),
            "upsert", Set.of("where", "create", "update"),
            "delete", Set.of("where"),
            "deleteMany", Set.of("where", "limit"));

    /** Each action's arguments with, for the actions that return records, select/include/omit. */
    private static final Map<String, Set<String>> ALLOWED = allowed();

    private static Map<String, Set<String>> allowed() {
        Map<String, Set<String>> out = new java.util.HashMap<>();
        ARGUMENTS.forEach((action, arguments) -> {
            Set<String> all = new TreeSet<>(arguments);
            if (!action.endsWith("Many")) {
                all.addAll(SHAPE);
            }
            out.put(action, Set.copyOf(all));
        });
        return Map.copyOf(out);
    }

    /** Fails on a top-level argument the write action does not take, as Prisma does, rather than ignoring it. */
    public void onlyKnownArguments(Model model, String action, Map<String, Object> args) {
        Set<String> allowed = ALLOWED.get(action);
        Args.onlyKnown(model, args, allowed == null ? Set.of() : allowed, "", action);
    }

    /** updateMany's and deleteMany's {@code limit}: at most that many records change; null for all. */
    public Integer limit(Model model, Object value) {
        return checkLimit(model, Args.integer(model, value, "limit"));
    }

    /** A {@code limit} as the query model takes it: null for all, P2009 when negative. */
    public static Integer checkLimit(Model model, Integer limit) {
        if (limit != null && limit < 0) {
            throw new RefractValidationException(model.name(), "limit", "Invalid value for argument `limit`: " + limit
                    + " is negative");
        }
        return limit;
    }

    /** Any {@code where}. */
    public Filter where(Model model, Object value, String path) {
        return where.parse(model, value, path);
    }

    /** The {@code data} of a create; nested writes create, connect, connectOrCreate. */
    public WriteData create(Model model, Object data, String path) {
        return create(model, data, path, Set.of());
    }

    /** A create's data; {@code provided} are fields the parent fills in (the foreign key of a nested create). */
    private WriteData create(Model model, Object data, String path, Set<ScalarField> provided) {
        WriteData parsed = data(model, Args.map(model, data, path), path, false);
        for (ScalarField f : model.scalarFields()) {
            boolean covered = parsed.scalars().containsKey(f) || provided.contains(f) || f.defaultValue().isPresent()
                    || f.isUpdatedAt() || f.isIgnored() || f.isUnsupported() || !f.isRequired()
                    || parsed.relations().keySet().stream().anyMatch(r -> r.isReferencing() && r.fields().contains(f));
            if (!covered) {
                throw new RefractValidationException(model.name(), Args.join(path, f.name()), "Argument `" + f.name() + "` is missing.");
            }
        }
        return parsed;
    }

    /** The {@code data} of an update; scalars take values or {@code {set|increment|decrement|multiply|divide}}. */
    public WriteData update(Model model, Object data, String path) {
        return data(model, Args.map(model, data, path), path, true);
    }

    private WriteData data(Model model, Map<String, Object> data, String path, boolean update) {
        Map<ScalarField, FieldWrite> scalars = new LinkedHashMap<>();
        Map<RelationField, List<NestedWrite>> relations = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : data.entrySet()) {
            String at = Args.join(path, e.getKey());
            Field field = model.field(e.getKey()).filter(f -> !f.isIgnored()).orElseThrow(() -> new RefractValidationException(
                    model.name(), at, "Unknown argument `" + e.getKey() + "` in data of " + model.name()));
            if (field instanceof ScalarField scalar) {
                scalars.put(scalar, scalar(model, scalar, e.getValue(), at, update));
            } else {
                RelationField relation = (RelationField) field;
                relations.put(relation, nested(relation, Args.map(model, e.getValue(), at), at, update));
            }
        }
        ScalarField fk = WriteData.foreignKeyAlsoWritten(scalars, relations);
        if (fk != null) {
            // refused here too, with the argument's full path
            throw new RefractValidationException(model.name(), Args.join(path, fk.name()),
                    WriteData.foreignKeyProblem(fk, scalars, relations));
        }
        return new WriteData(model, scalars, relations);
    }

    private FieldWrite scalar(Model model, ScalarField field, Object value, String path, boolean update) {
        if (field.isList()) {
            return list(model, field, value, path, update);
        }
        if (field.type().is(ScalarKind.JSON)) {
            return new FieldWrite.Set(json(field, value, path));
        }
        if (update && value instanceof Map<?, ?>) {
            Map<String, Object> op = Args.map(model, value, path);
            if (op.size() != 1) {
                throw new RefractValidationException(model.name(), path, "Expected exactly one of set, increment, decrement, multiply, divide");
            }
            Map.Entry<String, Object> e = op.entrySet().iterator().next();
            if (e.getKey().equals("set")) {
                return new FieldWrite.Set(coerce(field, e.getValue(), path + ".set"));
            }
            FieldWrite.Op kind = switch (e.getKey()) {
                case "increment" -> FieldWrite.Op.INCREMENT;
                case "decrement" -> FieldWrite.Op.DECREMENT;
                case "multiply" -> FieldWrite.Op.MULTIPLY;
                case "divide" -> FieldWrite.Op.DIVIDE;
                default -> throw new RefractValidationException(model.name(), path + "." + e.getKey(),
                        "Unknown argument `" + e.getKey() + "`. Available options: set, increment, decrement, multiply, divide");
            };
            boolean numeric = field.type() instanceof FieldType.Scalar s && (s.kind() == ScalarKind.INT
                    || s.kind() == ScalarKind.BIG_INT || s.kind() == ScalarKind.FLOAT || s.kind() == ScalarKind.DECIMAL);
            if (!numeric || e.getValue() == null) {
                throw new RefractValidationException(model.name(), path + "." + e.getKey(),
                        "Atomic number operations apply to Int, BigInt, Float and Decimal fields with a number");
            }
            return new FieldWrite.Atomic(kind, coerce(field, e.getValue(), path + "." + e.getKey()));
        }
        return new FieldWrite.Set(coerce(field, value, path));
    }

    /**
     * A scalar list's write: a list, {@code {set: list}}, or in updates {@code {push: value | list}}
     * (appended; a NULL column becomes the pushed values).
     */
    private FieldWrite list(Model model, ScalarField field, Object value, String path, boolean update) {
        if (!(value instanceof Map<?, ?>)) {
            if (value == null) {
                throw new RefractValidationException(model.name(), path, "Argument `" + field.name() + "` must not be null.");
            }
            return new FieldWrite.Set(Values.list(schema, field, value, path, false));
        }
        Map<String, Object> op = Args.map(model, value, path);
        String options = update ? "set, push" : "set";
        if (op.size() != 1) {
            throw new RefractValidationException(model.name(), path, "Expected exactly one of " + options);
        }
        Map.Entry<String, Object> e = op.entrySet().iterator().next();
        String at = path + "." + e.getKey();
        if (e.getValue() == null) {
            throw new RefractValidationException(model.name(), at, "Argument `" + e.getKey() + "` must not be null.");
        }
        if (e.getKey().equals("set")) {
            return new FieldWrite.Set(Values.list(schema, field, e.getValue(), at, false));
        }
        if (update && e.getKey().equals("push")) {
            Object items = e.getValue() instanceof List<?> || e.getValue() instanceof Object[] ? e.getValue() : List.of(e.getValue());
            return new FieldWrite.Push(Values.list(schema, field, items, at, false));
        }
        throw new RefractValidationException(model.name(), at, "Unknown argument `" + e.getKey() + "`. Available options: " + options);
    }

    /**
     * A Json field's write as Prisma takes it: a JSON value (Java null is JSON {@code null}, as with
     * Prisma), {@code JsonNull}, or {@code DbNull} (SQL NULL, optional fields only).
     */
    private static Object json(ScalarField field, Object value, String path) {
        Object json = Values.json(field, value, path);
        if (json == Json.Null.DB_NULL) {
            if (field.isRequired()) {
                throw new RefractValidationException(field.model().name(), path, "Argument `" + field.name()
                        + "` is required: DbNull does not apply, use JsonNull.");
            }
            return null;
        }
        if (json == Json.Null.ANY_NULL) {
            throw new RefractValidationException(field.model().name(), path, "AnyNull is a filter value; write DbNull or JsonNull.");
        }
        if (json == Json.Null.JSON_NULL) {
            return new JsonText("null");
        }
        return new JsonText(json.toString());
    }

    private Object coerce(ScalarField field, Object value, String path) {
        if (value == null && field.isRequired()) {
            throw new RefractValidationException(field.model().name(), path, "Argument `" + field.name() + "` must not be null.");
        }
        return Values.coerce(schema, field, value, path);
    }

    private List<NestedWrite> nested(RelationField relation, Map<String, Object> ops, String path, boolean update) {
        Model related = relation.relatedModel();
        Args.onlyKnown(related, ops, update ? UPDATE_OPS : CREATE_OPS, path, "the nested writes of `" + relation.name() + "`");
        Set<ScalarField> provided = relation.isReferencing() || relation.relation().isManyToMany() ? Set.of()
                : Set.copyOf(relation.opposite().fields());
        List<NestedWrite> out = new ArrayList<>();
        for (Map.Entry<String, Object> e : ops.entrySet()) {
            String at = path + "." + e.getKey();
            Object v = e.getValue();
            switch (e.getKey()) {
                case "create" -> {
                    for (Object item : items(relation, v)) {
                        out.add(new NestedWrite.Create(create(related, item, at, provided)));
                    }
                }
                case "createMany" -> {
                    requireList(relation, at);
                    if (relation.relation().isManyToMany()) {
                        throw new RefractValidationException(related.name(), at, "createMany is not available on many-to-many relations");
                    }
                    Map<String, Object> m = Args.map(related, v, at);
                    Args.onlyKnown(related, m, Set.of("data", "skipDuplicates"), at, "createMany");
                    List<WriteData> rows = new ArrayList<>();
                    List<?> items = Args.list(m.get("data"));
                    for (int i = 0; i < items.size(); i++) {
                        WriteData row = create(related, items.get(i), at + ".data." + i, provided);
                        if (row.hasNestedWrites()) {
                            throw new RefractValidationException(related.name(), at + ".data." + i, "Relation fields cannot be written in createMany");
                        }
                        rows.add(row);
                    }
                    out.add(new NestedWrite.CreateMany(rows, Boolean.TRUE.equals(m.get("skipDuplicates"))));
                }
                case "connect" -> {
                    for (Object item : items(relation, v)) {
                        out.add(new NestedWrite.Connect(whereUnique(related, item, at)));
                    }
                }
                case "connectOrCreate" -> {
                    for (Object item : items(relation, v)) {
                        Map<String, Object> m = Args.map(related, item, at);
                        out.add(new NestedWrite.ConnectOrCreate(whereUnique(related, m.get("where"), at + ".where"),
                                create(related, m.get("create"), at + ".create", provided)));
                    }
                }
                case "disconnect" -> {
                    if (!relation.isList()) {
                        if (Boolean.TRUE.equals(v)) {
                            out.add(new NestedWrite.Disconnect(null));
                        } else if (v instanceof Map<?, ?>) {
                            out.add(new NestedWrite.Disconnect(where(related, v, at)));
                        }
                    } else {
                        for (Object item : Args.list(v)) {
                            out.add(new NestedWrite.Disconnect(whereUnique(related, item, at)));
                        }
                    }
                }
                case "set" -> {
                    requireList(relation, at);
                    List<Filter> wheres = new ArrayList<>();
                    for (Object item : Args.list(v)) {
                        wheres.add(whereUnique(related, item, at));
                    }
                    out.add(new NestedWrite.SetTo(wheres));
                }
                case "update" -> {
                    if (!relation.isList()) {
                        Map<String, Object> m = Args.map(related, v, at);
                        Object data = m.containsKey("data") && m.size() <= 2 && (m.size() == 1 || m.containsKey("where")) ? m.get("data") : m;
                        Filter w = m.containsKey("where") && data != m ? where(related, m.get("where"), at + ".where") : null;
                        out.add(new NestedWrite.Update(w, update(related, data, at), false));
                    } else {
                        for (Object item : Args.list(v)) {
                            Map<String, Object> m = Args.map(related, item, at);
                            out.add(new NestedWrite.Update(whereUnique(related, m.get("where"), at + ".where"),
                                    update(related, m.get("data"), at + ".data"), false));
                        }
                    }
                }
                case "upsert" -> {
                    for (Object item : items(relation, v)) {
                        Map<String, Object> m = Args.map(related, item, at);
                        Filter w = relation.isList() ? whereUnique(related, m.get("where"), at + ".where")
                                : m.get("where") == null ? null : where(related, m.get("where"), at + ".where");
                        out.add(new NestedWrite.Upsert(w, create(related, m.get("create"), at + ".create", provided),
                                update(related, m.get("update"), at + ".update")));
                    }
                }
                case "updateMany" -> {
                    requireList(relation, at);
                    for (Object item : Args.list(v)) {
                        Map<String, Object> m = Args.map(related, item, at);
                        out.add(new NestedWrite.Update(where(related, m.get("where"), at + ".where"),
                                update(related, m.get("data"), at + ".data"), true));
                    }
                }
                case "delete" -> {
                    if (!relation.isList()) {
                        if (Boolean.TRUE.equals(v)) {
                            out.add(new NestedWrite.Delete(null, false));
                        } else if (v instanceof Map<?, ?>) {
                            out.add(new NestedWrite.Delete(where(related, v, at), false));
                        }
                    } else {
                        for (Object item : Args.list(v)) {
                            out.add(new NestedWrite.Delete(whereUnique(related, item, at), false));
                        }
                    }
                }
                case "deleteMany" -> {
                    requireList(relation, at);
                    for (Object item : Args.list(v)) {
                        out.add(new NestedWrite.Delete(where(related, item, at), true));
                    }
                }
                default -> throw new IllegalStateException(e.getKey());
            }
        }
        return out;
    }

    private static List<?> items(RelationField relation, Object value) {
        if (!relation.isList() && value instanceof List) {
            throw new RefractValidationException(relation.model().name(), relation.name(),
                    "Expected one object for the to-one relation `" + relation.name() + "`, provided a list");
        }
        return Args.list(value);
    }

    private static void requireList(RelationField relation, String path) {
        if (!relation.isList()) {
            throw new RefractValidationException(relation.model().name(), path, "This operation applies to list relations only");
        }
    }
}
