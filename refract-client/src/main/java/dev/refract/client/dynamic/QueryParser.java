package dev.refract.client.dynamic;

import dev.refract.client.RefractValidationException;
import dev.refract.client.query.AggregateQuery;
import dev.refract.client.query.CountQuery;
import dev.refract.client.query.GroupByQuery;
import dev.refract.client.query.Filter;
import dev.refract.client.query.OrderBy;
import dev.refract.client.query.ReadQuery;
import dev.refract.client.query.Selection;
import dev.refract.schema.model.Field;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.Schema;
import dev.refract.schema.model.ScalarField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prisma's read arguments ({@code where, orderBy, cursor, take, skip, distinct, select, include,
 * omit}) as maps, lists and scalars, checked against the schema and turned into the query model.
 */
public final class QueryParser {
    private static final Set<String> MANY = Set.of("where", "orderBy", "cursor", "take", "skip", "distinct", "select", "include", "omit");
    private static final Set<String> UNIQUE = Set.of("where", "select", "include", "omit");
    private static final Set<String> COUNT = Set.of("where", "orderBy", "cursor", "take", "skip", "select");
    private static final Set<String> TO_ONE = Set.of("select", "include", "omit");
    private static final Set<String> TOP_MANY = RelationLoadStrategies.with(MANY);
    private static final Set<String> TOP_UNIQUE = RelationLoadStrategies.with(UNIQUE);

    private final Schema schema;
    private final WhereParser where;

    public QueryParser(Schema schema) {
        this.schema = schema;
        this.where = new WhereParser(schema);
    }

    /** findMany, findFirst: every read argument. */
    public ReadQuery many(Model model, Map<String, Object> args) {
        Args.onlyKnown(model, args, TOP_MANY, "", "findMany");
        return read(model, args, "").withRelationLoadStrategy(RelationLoadStrategies.parse(model, args));
    }

    /** findUnique: {@code where} must name a unique criterion (the id, a unique field, a compound key). */
    public ReadQuery unique(Model model, Map<String, Object> args) {
        Args.onlyKnown(model, args, TOP_UNIQUE, "", "findUnique");
        requireUnique(model, Args.map(model, args.get("where"), "where"), "where");
        return read(model, args, "").withRelationLoadStrategy(RelationLoadStrategies.parse(model, args));
    }

    /** Fails with P2009 unless {@code w} names one of the model's unique criteria. */
    /** A unique field's value in a WhereUniqueInput: Prisma takes only the value itself there, not a filter object. */
    private static boolean plain(Object value) {
        return value != null && !(value instanceof Map<?, ?>);
    }

    static void requireUnique(Model model, Map<String, Object> w, String path) {
        for (List<ScalarField> c : model.uniqueCriteria()) {
            Object given = c.size() == 1 ? w.get(c.get(0).name()) : null;
            if (given instanceof Map<?, ?>) {
                throw new RefractValidationException(model.name(), Args.join(path, c.get(0).name()), "Invalid value for argument `"
                        + c.get(0).name() + "` of " + model.name() + "WhereUniqueInput: expected a " + c.get(0).type().schemaName()
                        + " value, not a filter");
            }
        }
        boolean identified = false;
        for (List<ScalarField> c : model.uniqueCriteria()) {
            identified = c.size() == 1 ? plain(w.get(c.get(0).name()))
                    : w.get(String.join("_", c.stream().map(ScalarField::name).toList())) != null;
            if (identified) {
                break;
            }
        }
        if (!identified) {
            List<String> options = model.uniqueCriteria().stream()
                    .map(c -> "`" + String.join("_", c.stream().map(ScalarField::name).toList()) + "`").toList();
            throw new RefractValidationException(model.name(), path, "Argument `where` of type " + model.name()
                + "WhereUniqueInput needs at least one of " + String.join(", ", options) + " arguments");
        }
    }

    /** The read of one record's shape ({@code select}, {@code include}, {@code omit}) for a write's result. */
    public ReadQuery shape(Model model, Map<String, Object> args) {
        Map<String, Object> shapeArgs = new LinkedHashMap<>();
        for (String key : List.of("select", "include", "omit")) {
            if (args.get(key) != null) {
                shapeArgs.put(key, args.get(key));
            }
        }
        return read(model, shapeArgs, "");
    }

    /** count: the read arguments, and {@code select} of {@code _all} and scalar fields. */
    public CountQuery count(Model model, Map<String, Object> args) {
        Args.onlyKnown(model, args, COUNT, "", "count");
        Map<String, Object> readArgs = new LinkedHashMap<>(args);
        Object select = readArgs.remove("select");
        ReadQuery query = read(model, readArgs, "");
        if (select == null || Boolean.TRUE.equals(select)) {
            return new CountQuery(query, select != null, select != null, List.of());
        }
        boolean all = false;
        List<ScalarField> fields = new ArrayList<>();
        for (Map.Entry<String, Object> e : Args.map(model, select, "select").entrySet()) {
            String at = "select." + e.getKey();
            if (!Args.bool(model, e.getValue(), at)) {
                continue;
            }
            if (e.getKey().equals("_all")) {
                all = true;
            } else {
                fields.add(scalarField(model, e.getKey(), at));
            }
        }
        return new CountQuery(query, true, all, fields);
    }

    /** aggregate: the read arguments and {@code _count}, {@code _avg}, {@code _sum}, {@code _min}, {@code _max}. */
    public AggregateQuery aggregate(Model model, Map<String, Object> args) {
        return AggregateParser.aggregate(model, args, readArgs -> read(model, readArgs, ""));
    }

    /** groupBy: {@code by}, where, having, orderBy, take, skip and the aggregates. */
    public GroupByQuery groupBy(Model model, Map<String, Object> args) {
        return AggregateParser.groupBy(model, args, where, schema);
    }

    private ReadQuery read(Model model, Map<String, Object> args, String path) {
        Filter filter = where.parse(model, args.get("where"), Args.join(path, "where"));
        List<OrderBy> orderBy = OrderByParser.parse(model, args.get("orderBy"), Args.join(path, "orderBy"), false);
        Map<ScalarField, Object> cursor = new LinkedHashMap<>();
        if (args.get("cursor") != null) {
            String at = Args.join(path, "cursor");
            for (Map.Entry<String, Object> e : Args.map(model, args.get("cursor"), at).entrySet()) {
                ScalarField f = scalarField(model, e.getKey(), at + "." + e.getKey());
                cursor.put(f, Values.coerce(schema, f, e.getValue(), at + "." + e.getKey()));
            }
        }
        Integer take = Args.integer(model, args.get("take"), Args.join(path, "take"));
        Integer skip = Args.integer(model, args.get("skip"), Args.join(path, "skip"));
        if (skip != null && skip < 0) {
            throw new RefractValidationException(model.name(), Args.join(path, "skip"), "Invalid value for skip argument: Value can only be positive, found: " + skip);
        }
        List<ScalarField> distinct = new ArrayList<>();
        if (args.get("distinct") != null) {
            for (Object name : Args.list(args.get("distinct"))) {
                ScalarField f = scalarField(model, String.valueOf(name), Args.join(path, "distinct"));
                if (!distinct.contains(f)) {
                    distinct.add(f);
                }
            }
        }
        Selection selection = selection(model, args, path);
        return new ReadQuery(model, filter, orderBy, cursor, take, skip, distinct, selection);
    }

    private Selection selection(Model model, Map<String, Object> args, String path) {
        Object select = args.get("select");
        Object include = args.get("include");
        Object omit = args.get("omit");
        if (select != null && include != null) {
            throw new RefractValidationException(model.name(), path.isEmpty() ? "select" : path,
                    "Please either use `include` or `select`, but not both at the same time.");
        }
        if (select != null && omit != null) {
            throw new RefractValidationException(model.name(), path.isEmpty() ? "select" : path,
                    "Please either use `omit` or `select`, but not both at the same time.");
        }
        if (select == null && include == null && omit == null) {
            return Selection.scalarsOf(model);
        }
        List<ScalarField> scalars = new ArrayList<>(Selection.scalarsOf(model).scalars());
        Map<RelationField, ReadQuery> relations = new LinkedHashMap<>();
        Map<RelationField, Filter> counts = new LinkedHashMap<>();
        if (omit != null) {
            String at = Args.join(path, "omit");
            for (Map.Entry<String, Object> e : Args.map(model, omit, at).entrySet()) {
                ScalarField f = scalarField(model, e.getKey(), at + "." + e.getKey());
                if (Args.bool(model, e.getValue(), at + "." + e.getKey())) {
                    scalars.remove(f);
                }
            }
        }
        boolean selecting = select != null;
        if (selecting) {
            scalars.clear();
        }
        Object fields = selecting ? select : include;
        if (fields != null) {
            String at = Args.join(path, selecting ? "select" : "include");
            for (Map.Entry<String, Object> e : Args.map(model, fields, at).entrySet()) {
                String name = e.getKey();
                String fieldPath = at + "." + name;
                Object value = e.getValue();
                if (Boolean.FALSE.equals(value)) {
                    continue;
                }
                if (name.equals("_count")) {
                    counts.putAll(counts(model, value, fieldPath));
                    continue;
                }
                Field field = model.field(name).filter(f -> !f.isIgnored())
                        .orElseThrow(() -> unknownField(model, name, fieldPath));
                if (field instanceof ScalarField scalar) {
                    if (!selecting) {
                        throw new RefractValidationException(model.name(), fieldPath, "Invalid scalar field `" + name
                                + "` for include statement on model " + model.name() + ". Note that include statements only accept relation fields.");
                    }
                    Args.bool(model, value, fieldPath);
                    scalars.add(scalar);
                    continue;
                }
                RelationField relation = (RelationField) field;
                Map<String, Object> nested = Boolean.TRUE.equals(value) ? Map.of() : Args.map(model, value, fieldPath);
                Args.onlyKnown(relation.relatedModel(), nested, relation.isList() ? MANY : TO_ONE, fieldPath, "the relation `" + name + "`");
                relations.put(relation, read(relation.relatedModel(), nested, fieldPath));
            }
        }
        return new Selection(scalars, relations, counts);
    }

    private Map<RelationField, Filter> counts(Model model, Object value, String path) {
        Map<RelationField, Filter> counts = new LinkedHashMap<>();
        if (Boolean.TRUE.equals(value)) {
            for (RelationField f : model.relationFields()) {
                if (f.isList() && !f.isIgnored()) {
                    counts.put(f, Filter.ALL);
                }
            }
            return counts;
        }
        Map<String, Object> args = Args.map(model, value, path);
        Args.onlyKnown(model, args, Set.of("select"), path, "_count");
        for (Map.Entry<String, Object> e : Args.map(model, args.get("select"), path + ".select").entrySet()) {
            String at = path + ".select." + e.getKey();
            RelationField f = model.field(e.getKey()).filter(RelationField.class::isInstance).map(RelationField.class::cast)
                    .filter(RelationField::isList).orElseThrow(() -> new RefractValidationException(model.name(), at,
                            "Unknown field `" + e.getKey() + "` for _count; it takes the list relations of " + model.name()));
            if (Boolean.FALSE.equals(e.getValue())) {
                continue;
            }
            Filter filter = Filter.ALL;
            if (!Boolean.TRUE.equals(e.getValue())) {
                Map<String, Object> nested = Args.map(model, e.getValue(), at);
                Args.onlyKnown(model, nested, Set.of("where"), at, "_count");
                filter = where.parse(f.relatedModel(), nested.get("where"), at + ".where");
            }
            counts.put(f, filter);
        }
        return counts;
    }

    static ScalarField scalarField(Model model, String name, String path) {
        return model.scalarField(name).filter(f -> !f.isIgnored()).orElseThrow(() -> unknownField(model, name, path));
    }

    static RefractValidationException unknownField(Model model, String name, String path) {
        return new RefractValidationException(model.name(), path, "Unknown field `" + name + "` on model `" + model.name()
                + "`. Available options: " + String.join(", ", model.fields().stream().filter(f -> !f.isIgnored()).map(Field::name).toList()));
    }
}
