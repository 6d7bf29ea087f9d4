package dev.refract.client;

import dev.refract.client.dynamic.QueryParser;
import dev.refract.client.dynamic.WriteParser;
import dev.refract.client.internal.exec.Keys;
import dev.refract.client.internal.exec.ReadExecutor;
import dev.refract.client.internal.exec.Statements;
import dev.refract.client.internal.exec.WriteExecutor;
import dev.refract.client.query.FieldWrite;
import dev.refract.client.query.Filter;
import dev.refract.client.query.NestedWrite;
import dev.refract.client.query.ReadQuery;
import dev.refract.client.query.ScalarOp;
import dev.refract.client.query.Selection;
import dev.refract.client.query.WriteData;
import dev.refract.dialect.Dialect;
import dev.refract.dialect.sql.Expr;
import dev.refract.dialect.sql.Insert;
import dev.refract.dialect.sql.SqlRenderer;
import dev.refract.dialect.sql.Update;
import dev.refract.client.internal.plan.RelationJoin;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.RelationField;
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
    static final Set<String> ACTIONS = Set.of("create", "createMany", "createManyAndReturn", "update", "updateMany",
            "updateManyAndReturn", "upsert", "delete", "deleteMany");

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

    /** A dynamic write action: Prisma's arguments parsed, then run as the query model. */
    Object run(Connection c, Model model, String action, Map<String, Object> args) {
        Instant now = now();
        writeParser.onlyKnownArguments(model, action, args);
        switch (action) {
            case "create":
                return create(c, writeParser.create(model, args.get("data"), "data"), now, selection(model, args));
            case "createMany":
                return Map.of("count", createMany(c, model, rows(model, args), Boolean.TRUE.equals(args.get("skipDuplicates")), now));
            case "createManyAndReturn":
                return createManyAndReturn(c, model, rows(model, args), Boolean.TRUE.equals(args.get("skipDuplicates")),
                        selection(model, args), now);
            case "update":
                return update(c, model, writeParser.whereUnique(model, args.get("where"), "where"),
                        writeParser.update(model, args.get("data"), "data"), selection(model, args), now);
            case "updateMany":
                return Map.of("count", updateMany(c, model, writeParser.where(model, args.get("where"), "where"),
                        writeParser.update(model, args.get("data"), "data"), now, writeParser.limit(model, args.get("limit"))));
            case "updateManyAndReturn":
                return updateManyAndReturn(c, model, writeParser.where(model, args.get("where"), "where"),
                        writeParser.update(model, args.get("data"), "data"), writeParser.limit(model, args.get("limit")),
                        selection(model, args), now);
            case "upsert":
                return upsert(c, model, writeParser.whereUnique(model, args.get("where"), "where"),
                        writeParser.create(model, args.get("create"), "create"), writeParser.update(model, args.get("update"), "update"),
                        selection(model, args), now);
            case "delete":
                return delete(c, model, writeParser.whereUnique(model, args.get("where"), "where"), selection(model, args));
            case "deleteMany":
                return Map.of("count", deleteMany(c, model, writeParser.where(model, args.get("where"), "where"),
                        writeParser.limit(model, args.get("limit"))));
            default:
                throw new IllegalStateException(action);
        }
    }

    /** The operation's timestamp: {@code now()} defaults and {@code @updatedAt}, in Prisma's millisecond precision. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    Map<String, Object> create(Connection c, WriteData data, Instant now, Selection selection) {
        if (isOneStatement(data, selection)) {
            return record(selection, writes.createReturning(c, data, now, selection.scalars()));
        }
        if (dialect.supportsReturning() && returnable(selection) && !writesTo(data, data.model())) {
            // nested writes that cannot change the record itself: its INSERT returns the selection, no re-read
            return record(selection, writes.create(c, data, now, selection.scalars()).selected());
        }
        return reread(c, data.model(), selection, writes.create(c, data, now));
    }

    /**
     * Whether a nested write of {@code data} (at any depth) reaches records of {@code model}, so could
     * change the record being created after its INSERT (a self-relation); a create's nested writes
     * are creates and connects only, which change other tables.
     */
    private static boolean writesTo(WriteData data, Model model) {
        for (Map.Entry<RelationField, List<NestedWrite>> e : data.relations().entrySet()) {
            if (e.getKey().relatedModel() == model) {
                return true;
            }
            for (NestedWrite w : e.getValue()) {
                for (WriteData d : inner(w)) {
                    if (writesTo(d, model)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The write data a nested write carries for its own nested writes (creates' rows, updates' data). */
    private static List<WriteData> inner(NestedWrite w) {
        return w instanceof NestedWrite.Create cr ? List.of(cr.data())
                : w instanceof NestedWrite.CreateMany cm ? cm.rows()
                : w instanceof NestedWrite.ConnectOrCreate coc ? List.of(coc.create())
                : w instanceof NestedWrite.Update u ? List.of(u.data())
                : w instanceof NestedWrite.Upsert up ? List.of(up.create(), up.update())
                : List.of();
    }

    /**
     * Whether a create is one statement: no nested writes and a selection of scalars only, on a
     * database with RETURNING ({@code INSERT ... RETURNING} the selected columns, no re-read). Such a
     * write needs no transaction of its own.
     */
    boolean isOneStatement(WriteData data, Selection selection) {
        return dialect.supportsReturning() && !data.hasNestedWrites() && returnable(selection);
    }

    /**
     * Whether an update is one statement: as a create, with data to set and a where on the model's own
     * columns that pins one record (so the statement cannot change more than the record).
     */
    boolean isOneStatement(Model model, Filter where, WriteData data, Selection selection) {
        return isOneStatement(data, selection) && !data.scalars().isEmpty() && Keys.isFlat(where) && Keys.pinsOne(model, where);
    }

    /** Whether a delete is one statement ({@code DELETE ... RETURNING}): a where on the model's own columns pinning one record. */
    boolean isOneStatementDelete(Model model, Filter where, Selection selection) {
        return dialect.supportsReturning() && returnable(selection) && Keys.isFlat(where) && Keys.pinsOne(model, where);
    }

    /** Whether an upsert is one statement: native ({@code INSERT ... ON CONFLICT ... RETURNING} the selected columns). */
    boolean isOneStatement(Model model, Filter where, WriteData create, WriteData update, Selection selection) {
        return dialect.supportsReturning() && returnable(selection) && nativeTarget(model, where, create, update) != null;
    }

    private static boolean returnable(Selection selection) {
        return selection.relations().isEmpty() && selection.counts().isEmpty() && !selection.scalars().isEmpty();
    }

    /** A returned row as Prisma's record of the selection's scalars (as the read path shapes it). */
    private static Map<String, Object> record(Selection selection, Object[] row) {
        List<ScalarField> scalars = selection.scalars();
        Map<String, Object> record = new LinkedHashMap<>((int) (scalars.size() / 0.75f) + 1);
        for (int i = 0; i < row.length; i++) {
            record.put(scalars.get(i).name(), row[i]);
        }
        return record;
    }

    /** A dynamic write action parsed, ready to run on a connection; {@code oneStatement} when it needs no transaction. */
    record Prepared(boolean oneStatement, java.util.function.Function<Connection, Object> work) {
    }

    /**
     * Parses a dynamic write action that may be one statement (create, update, delete, upsert) and tells
     * whether it is; the others are parsed by {@link #run} on the transaction's connection.
     */
    Prepared prepare(Model model, String action, Map<String, Object> args) {
        switch (action) {
            case "create": {
                writeParser.onlyKnownArguments(model, action, args);
                WriteData data = writeParser.create(model, args.get("data"), "data");
                Selection selection = selection(model, args);
                return new Prepared(isOneStatement(data, selection), c -> create(c, data, now(), selection));
            }
            case "update": {
                writeParser.onlyKnownArguments(model, action, args);
                Filter where = writeParser.whereUnique(model, args.get("where"), "where");
                WriteData data = writeParser.update(model, args.get("data"), "data");
                Selection selection = selection(model, args);
                return new Prepared(isOneStatement(model, where, data, selection), c -> update(c, model, where, data, selection, now()));
            }
            case "delete": {
                writeParser.onlyKnownArguments(model, action, args);
                Filter where = writeParser.whereUnique(model, args.get("where"), "where");
                Selection selection = selection(model, args);
                return new Prepared(isOneStatementDelete(model, where, selection), c -> delete(c, model, where, selection));
            }
            case "upsert": {
                writeParser.onlyKnownArguments(model, action, args);
                Filter where = writeParser.whereUnique(model, args.get("where"), "where");
                WriteData create = writeParser.create(model, args.get("create"), "create");
                WriteData update = writeParser.update(model, args.get("update"), "update");
                Selection selection = selection(model, args);
                return new Prepared(isOneStatement(model, where, create, update, selection),
                        c -> upsert(c, model, where, create, update, selection, now()));
            }
            default:
                return new Prepared(false, c -> run(c, model, action, args));
        }
    }

    int createMany(Connection c, Model model, List<WriteData> rows, boolean skipDuplicates, Instant now) {
        rows.forEach(row -> noNested(model, row, "createMany"));
        return writes.many().createMany(c, model, rows, skipDuplicates, now, null);
    }

    List<Map<String, Object>> createManyAndReturn(Connection c, Model model, List<WriteData> rows, boolean skipDuplicates,
            Selection selection, Instant now) {
        if (!dialect.supportsReturning()) {
            throw new RefractValidationException(model.name(), "", "createManyAndReturn is not available on "
                    + dialect.provider().id() + ": the database has no RETURNING");
        }
        rows.forEach(row -> noNested(model, row, "createManyAndReturn"));
        List<Map<ScalarField, Object>> keys = new ArrayList<>();
        writes.many().createMany(c, model, rows, skipDuplicates, now, keys);
        return inKeyOrder(keys, reads.findMany(c, shaped(model, selection, Keys.filter(keys))));
    }

    Map<String, Object> update(Connection c, Model model, Filter where, WriteData data, Selection selection, Instant now) {
        if (isOneStatement(model, where, data, selection)) {
            Object[] row = writes.updateReturning(c, model, where, data, now, selection.scalars());
            if (row == null) {
                single(List.of(), model, "Record to update not found.");
            }
            return record(selection, row);
        }
        if (updatesFirst(model, where, data, selection)) {
            Object[] row = writes.updateReturningThenNested(c, model, where, data, now, selection.scalars());
            if (row == null) {
                single(List.of(), model, "Record to update not found.");
            }
            return record(selection, row);
        }
        Map<ScalarField, Object> key = single(writes.keys(c, model, where), model, "Record to update not found.");
        return reread(c, model, selection, writes.update(c, model, key, data, now));
    }

    /**
     * Whether an update with nested writes can change the record first and return it from that
     * statement ({@code UPDATE ... RETURNING}, no read before, no re-read after): a database with
     * RETURNING, a flat where pinning one record, columns to set, a selection of scalars, nested writes
     * only on relations whose other side holds the key (run after the record changed), and none of them
     * able to change the record again (see {@link #leavesRecordAlone}).
     */
    private boolean updatesFirst(Model model, Filter where, WriteData data, Selection selection) {
        if (!dialect.supportsReturning() || !returnable(selection) || !Keys.isFlat(where) || !Keys.pinsOne(model, where)
                || data.scalars().isEmpty()) {
            return false;
        }
        for (RelationField field : data.relations().keySet()) {
            if (field.isReferencing()) {
                return false;
            }
        }
        return leavesRecordAlone(data, model);
    }

    /**
     * Whether no nested write of {@code data} (at any depth) can change a record of {@code model}
     * after it was written: none reaches {@code model}, none deletes or disconnects (a foreign key's
     * ON DELETE may set the record's own), and no nested update sets a field of a unique criterion (a
     * foreign key's ON UPDATE CASCADE could carry it into the record).
     */
    private static boolean leavesRecordAlone(WriteData data, Model model) {
        for (Map.Entry<RelationField, List<NestedWrite>> e : data.relations().entrySet()) {
            if (e.getKey().relatedModel() == model) {
                return false;
            }
            Model related = e.getKey().relatedModel();
            for (NestedWrite w : e.getValue()) {
                if (w instanceof NestedWrite.Delete || w instanceof NestedWrite.Disconnect || w instanceof NestedWrite.SetTo) {
                    return false;
                }
                WriteData update = w instanceof NestedWrite.Update u ? u.data()
                        : w instanceof NestedWrite.Upsert up ? up.update() : null;
                if (update != null && setsUniqueField(update, related)) {
                    return false;
                }
                for (WriteData d : inner(w)) {
                    if (!leavesRecordAlone(d, model)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static boolean setsUniqueField(WriteData data, Model model) {
        for (List<ScalarField> criterion : model.uniqueCriteria()) {
            for (ScalarField f : criterion) {
                if (data.scalars().containsKey(f)) {
                    return true;
                }
            }
        }
        return false;
    }

    int updateMany(Connection c, Model model, Filter where, WriteData data, Instant now, Integer limit) {
        noNested(model, data, "updateMany");
        return writes.many().updateMany(c, model, where, data, now, limit);
    }

    Map<String, Object> delete(Connection c, Model model, Filter where, Selection selection) {
        if (isOneStatementDelete(model, where, selection)) {
            Object[] row = writes.deleteReturning(c, model, where, selection.scalars());
            if (row == null) {
                single(List.of(), model, "Record to delete does not exist.");
            }
            return record(selection, row);
        }
        List<Map<String, Object>> before = reads.findMany(c, shaped(model, selection, where).withTake(1));
        Map<ScalarField, Object> key = single(writes.keys(c, model, where), model, "Record to delete does not exist.");
        writes.delete(c, model, List.of(key));
        return before.get(0);
    }

    /** updateMany returning the records (databases with RETURNING, as Prisma): keys read first, rows changed by key, re-read. */
    List<Map<String, Object>> updateManyAndReturn(Connection c, Model model, Filter where, WriteData data, Integer limit,
            Selection selection, Instant now) {
        if (!dialect.supportsReturning()) {
            throw new RefractValidationException(model.name(), "", "updateManyAndReturn is not available on "
                    + dialect.provider().id() + ": the database has no RETURNING");
        }
        noNested(model, data, "updateManyAndReturn");
        List<Map<ScalarField, Object>> keys = writes.keys(c, model, where, limit);
        writes.many().updateMany(c, model, keys, data, now);
        return keys.isEmpty() ? List.of() : inKeyOrder(keys, reads.findMany(c, shaped(model, selection, Keys.filter(keys))));
    }

    int deleteMany(Connection c, Model model, Filter where, Integer limit) {
        return writes.many().deleteMany(c, model, where, limit);
    }

    private List<WriteData> rows(Model model, Map<String, Object> args) {
        List<WriteData> rows = new ArrayList<>();
        Object data = args.get("data");
        List<?> items = data instanceof List<?> l ? l : List.of(data);
        for (int i = 0; i < items.size(); i++) {
            rows.add(writeParser.create(model, items.get(i), "data." + i));
        }
        return rows;
    }

    private Selection selection(Model model, Map<String, Object> args) {
        return parser.shape(model, args).selection();
    }

    /**
     * Native {@code INSERT ... ON CONFLICT/ON DUPLICATE KEY UPDATE} when Prisma uses it: the where is
     * one unique field with a plain value that the create data repeats, and neither data has nested
     * writes; otherwise read, then update or create, in the transaction.
     */
    Map<String, Object> upsert(Connection c, Model model, Filter where, WriteData create, WriteData update, Selection selection,
            Instant now) {
        ScalarField target = nativeTarget(model, where, create, update);
        if (target != null) {
            Map<ScalarField, Object> row = new LinkedHashMap<>();
            create.scalars().forEach((f, w) -> row.put(f, ((FieldWrite.Set) w).value()));
            writes.fillDefaultsFor(model, row, now);
            List<Update.Assignment> set = writes.assignmentsFor(model, update, now);
            if (set.isEmpty()) {
                set = List.of(new Update.Assignment(target.databaseName(), Expr.column(model.databaseName(), target.databaseName())));
            }
            // the record is re-read by the primary key RETURNING gives: the update may change the where's field
            List<ScalarField> pk = Keys.primaryKey(model);
            Insert insert = new Insert(RelationJoin.table(model), row.keySet().stream().map(ScalarField::databaseName).toList(),
                    List.of(row.values().stream().map(v -> (Expr) Expr.param(v)).toList()),
                    new Insert.OnConflict.DoUpdate(List.of(target.databaseName()), set),
                    dialect.supportsReturning() ? pk.stream().map(ScalarField::databaseName).toList() : List.of());
            if (dialect.supportsReturning() && returnable(selection)) {
                insert = new Insert(insert.table(), insert.columns(), insert.rows(), insert.onConflict(),
                        selection.scalars().stream().map(ScalarField::databaseName).toList());
                return record(selection, statements.returning(c, SqlRenderer.render(dialect, insert), selection.scalars(), model,
                        false).get(0));
            }
            if (dialect.supportsReturning()) {
                List<Object[]> keys = statements.returning(c, SqlRenderer.render(dialect, insert), pk, model, false);
                return reread(c, model, selection, Keys.of(pk, keys.get(0)));
            }
            statements.update(c, SqlRenderer.render(dialect, insert), model);
            return reads.findMany(c, shaped(model, selection, where).withTake(1)).get(0);
        }
        if (updatesFirst(model, where, update, selection)) {
            // the update finds the record or nothing: one statement when it exists
            Object[] row = writes.updateReturningThenNested(c, model, where, update, now, selection.scalars());
            return row != null ? record(selection, row) : create(c, create, now, selection);
        }
        List<Map<ScalarField, Object>> found = writes.keys(c, model, where);
        Map<ScalarField, Object> key = found.isEmpty() ? writes.create(c, create, now) : writes.update(c, model, found.get(0), update, now);
        return reread(c, model, selection, key);
    }

    private ScalarField nativeTarget(Model model, Filter where, WriteData create, WriteData update) {
        Filter only = where instanceof Filter.And and && and.filters().size() == 1 ? and.filters().get(0) : where;
        if (create.hasNestedWrites() || update.hasNestedWrites() || !(only instanceof Filter.ScalarFilter f)
                || f.op() != ScalarOp.EQUALS || f.insensitive() || f.value() == null) {
            return null;
        }
        boolean unique = model.uniqueCriteria().stream().anyMatch(c -> c.size() == 1 && c.get(0).equals(f.field()));
        FieldWrite given = create.scalars().get(f.field());
        boolean repeated = given instanceof FieldWrite.Set s && f.value().equals(s.value());
        // without RETURNING the record is re-read by the where, so the update must leave its field alone
        boolean findable = dialect.supportsReturning() || !update.scalars().containsKey(f.field());
        return unique && repeated && findable ? f.field() : null;
    }

    private Map<String, Object> reread(Connection c, Model model, Selection selection, Map<ScalarField, Object> key) {
        return reads.findMany(c, shaped(model, selection, Keys.filter(key)).withTake(1)).get(0);
    }

    private static ReadQuery shaped(Model model, Selection selection, Filter where) {
        return new ReadQuery(model, where, List.of(), Map.of(), null, null, List.of(), selection);
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
