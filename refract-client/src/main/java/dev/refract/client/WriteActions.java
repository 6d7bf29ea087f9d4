package dev.refract.client;

import dev.refract.client.dynamic.QueryParser;
import dev.refract.client.dynamic.WriteParser;
import dev.refract.client.internal.exec.Keys;
import dev.refract.client.internal.exec.ReadExecutor;
import dev.refract.client.internal.exec.Statements;
import dev.refract.client.internal.exec.WriteExecutor;
import dev.refract.client.query.FieldWrite;
import dev.refract.client.query.Filter;
import dev.refract.client.query.ReadQuery;
import dev.refract.client.query.ScalarOp;
import dev.refract.client.query.WriteData;
import dev.refract.dialect.Dialect;
import dev.refract.dialect.sql.Expr;
import dev.refract.dialect.sql.Insert;
import dev.refract.dialect.sql.SqlRenderer;
import dev.refract.dialect.sql.Update;
import dev.refract.client.internal.plan.RelationJoin;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.ScalarField;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The write actions of the dynamic entry point on a connection inside a transaction: Prisma's
 * arguments parsed, the write run, and the result re-read through the read path with the
 * operation's select/include/omit (counts for the *Many actions).
 */
final class WriteActions {
    static final Set<String> ACTIONS = Set.of("create", "createMany", "createManyAndReturn", "update", "updateMany", "upsert",
            "delete", "deleteMany");

    private final QueryParser parser;
    private final WriteParser writeParser;
    private final WriteExecutor writes;
    private final ReadExecutor reads;
    private final Statements statements;
    private final Dialect dialect;

    WriteActions(QueryParser parser, WriteParser writeParser, Statements statements, ReadExecutor reads) {
        this.parser = parser;
        this.writeParser = writeParser;
        this.statements = statements;
        this.dialect = statements.dialect();
        this.writes = new WriteExecutor(statements);
        this.reads = reads;
    }

    Object run(Connection c, Model model, String action, Map<String, Object> args) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        switch (action) {
            case "create": {
                WriteData data = writeParser.create(model, args.get("data"), "data");
                return reread(c, model, args, writes.create(c, data, now));
            }
            case "createMany":
                return Map.of("count", createMany(c, model, args, now, null));
            case "createManyAndReturn": {
                if (!dialect.supportsReturning()) {
                    throw new RefractValidationException(model.name(), "", "createManyAndReturn is not available on "
                            + dialect.provider().id() + ": the database has no RETURNING");
                }
                List<Map<ScalarField, Object>> keys = new ArrayList<>();
                createMany(c, model, args, now, keys);
                return inKeyOrder(keys, reads.findMany(c, shaped(model, args, Keys.filter(keys))));
            }
            case "update": {
                Filter where = writeParser.whereUnique(model, args.get("where"), "where");
                WriteData data = writeParser.update(model, args.get("data"), "data");
                Map<ScalarField, Object> key = single(writes.keys(c, model, where), model, "Record to update not found.");
                return reread(c, model, args, writes.update(c, model, key, data, now));
            }
            case "updateMany": {
                Filter where = writeParser.where(model, args.get("where"), "where");
                WriteData data = writeParser.update(model, args.get("data"), "data");
                noNested(model, data, "updateMany");
                return Map.of("count", writes.many().updateMany(c, model, where, data, now));
            }
            case "upsert":
                return upsert(c, model, args, now);
            case "delete": {
                Filter where = writeParser.whereUnique(model, args.get("where"), "where");
                List<Map<String, Object>> before = reads.findMany(c, shaped(model, args, where).withTake(1));
                Map<ScalarField, Object> key = single(writes.keys(c, model, where), model, "Record to delete does not exist.");
                writes.delete(c, model, List.of(key));
                return before.get(0);
            }
            case "deleteMany":
                return Map.of("count", writes.many().deleteMany(c, model, writeParser.where(model, args.get("where"), "where")));
            default:
                throw new IllegalStateException(action);
        }
    }

    private int createMany(Connection c, Model model, Map<String, Object> args, Instant now, List<Map<ScalarField, Object>> keys) {
        List<WriteData> rows = new ArrayList<>();
        Object data = args.get("data");
        List<?> items = data instanceof List<?> l ? l : List.of(data);
        for (int i = 0; i < items.size(); i++) {
            WriteData row = writeParser.create(model, items.get(i), "data." + i);
            noNested(model, row, "createMany");
            rows.add(row);
        }
        boolean skip = Boolean.TRUE.equals(args.get("skipDuplicates"));
        return writes.many().createMany(c, model, rows, skip, now, keys);
    }

    /**
     * Native {@code INSERT ... ON CONFLICT/ON DUPLICATE KEY UPDATE} when Prisma uses it: the where is
     * one unique field with a plain value that the create data repeats, and neither data has nested
     * writes; otherwise read, then update or create, in the transaction.
     */
    private Object upsert(Connection c, Model model, Map<String, Object> args, Instant now) {
        Filter where = writeParser.whereUnique(model, args.get("where"), "where");
        WriteData create = writeParser.create(model, args.get("create"), "create");
        WriteData update = writeParser.update(model, args.get("update"), "update");
        ScalarField target = nativeTarget(model, where, create, update);
        if (target != null) {
            Map<ScalarField, Object> row = new LinkedHashMap<>();
            create.scalars().forEach((f, w) -> row.put(f, ((FieldWrite.Set) w).value()));
            writes.fillDefaultsFor(model, row, now);
            List<Update.Assignment> set = writes.assignmentsFor(model, update, now);
            if (set.isEmpty()) {
                set = List.of(new Update.Assignment(target.databaseName(), Expr.column(model.databaseName(), target.databaseName())));
            }
            Insert insert = new Insert(RelationJoin.table(model), row.keySet().stream().map(ScalarField::databaseName).toList(),
                    List.of(row.values().stream().map(v -> (Expr) Expr.param(v)).toList()),
                    new Insert.OnConflict.DoUpdate(List.of(target.databaseName()), set), List.of());
            statements.update(c, SqlRenderer.render(dialect, insert), model);
            return reads.findMany(c, shaped(model, args, where).withTake(1)).get(0);
        }
        List<Map<ScalarField, Object>> found = writes.keys(c, model, where);
        Map<ScalarField, Object> key = found.isEmpty() ? writes.create(c, create, now) : writes.update(c, model, found.get(0), update, now);
        return reread(c, model, args, key);
    }

    private static ScalarField nativeTarget(Model model, Filter where, WriteData create, WriteData update) {
        Filter only = where instanceof Filter.And and && and.filters().size() == 1 ? and.filters().get(0) : where;
        if (create.hasNestedWrites() || update.hasNestedWrites() || !(only instanceof Filter.ScalarFilter f)
                || f.op() != ScalarOp.EQUALS || f.insensitive() || f.value() == null) {
            return null;
        }
        boolean unique = model.uniqueCriteria().stream().anyMatch(c -> c.size() == 1 && c.get(0).equals(f.field()));
        FieldWrite given = create.scalars().get(f.field());
        boolean repeated = given instanceof FieldWrite.Set s && f.value().equals(s.value());
        return unique && repeated ? f.field() : null;
    }

    private Map<String, Object> reread(Connection c, Model model, Map<String, Object> args, Map<ScalarField, Object> key) {
        return reads.findMany(c, shaped(model, args, Keys.filter(key)).withTake(1)).get(0);
    }

    private ReadQuery shaped(Model model, Map<String, Object> args, Filter where) {
        ReadQuery shape = parser.shape(model, args);
        return new ReadQuery(model, where, List.of(), Map.of(), null, null, List.of(), shape.selection());
    }

    private static List<Map<String, Object>> inKeyOrder(List<Map<ScalarField, Object>> keys, List<Map<String, Object>> records) {
        if (keys.isEmpty() || records.isEmpty() || keys.get(0).size() != 1) {
            return records;
        }
        ScalarField id = keys.get(0).keySet().iterator().next();
        if (!records.get(0).containsKey(id.name())) {
            return records;
        }
        Map<Object, Map<String, Object>> byId = new LinkedHashMap<>();
        records.forEach(r -> byId.put(r.get(id.name()), r));
        List<Map<String, Object>> out = new ArrayList<>();
        keys.forEach(k -> {
            Map<String, Object> r = byId.get(k.get(id));
            if (r != null) {
                out.add(r);
            }
        });
        return out;
    }

    private static Map<ScalarField, Object> single(List<Map<ScalarField, Object>> keys, Model model, String cause) {
        if (keys.isEmpty()) {
            String message = "An operation failed because it depends on one or more records that were required but not found. " + cause;
            throw new RefractException("P2025", message, Map.of("modelName", model.name(), "cause", cause));
        }
        return keys.get(0);
    }

    private static void noNested(Model model, WriteData data, String action) {
        if (data.hasNestedWrites()) {
            throw new RefractValidationException(model.name(), "data", "Relation fields cannot be written in " + action
                    + "; set the foreign key fields or use create");
        }
    }
}
