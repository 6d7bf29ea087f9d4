package dev.refract.codegen;

import dev.refract.schema.model.Field;
import dev.refract.schema.model.FieldType;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import dev.refract.schema.model.ScalarKind;

/** A model's delegate: the read and write operations, and the mapper from the runtime's rows to records. */
final class DelegateEmitter {
    private DelegateEmitter() {
    }

    static String delegate(ModelView m, String packageName) {
        String r = m.type;
        String q = m.t("FindMany");
        Source s = new Source(packageName).imports("dev.refract.client.RefractClient", "dev.refract.client.RefractException",
                "dev.refract.client.query.Aggregation", "dev.refract.client.query.CountQuery", "dev.refract.client.typed.AggregateFields",
                "dev.refract.client.typed.ReadArgs", "dev.refract.client.typed.Rows",
                "java.util.List", "java.util.Map", "java.util.Optional", "java.util.function.Consumer",
                "java.util.stream.Stream", "dev.refract.client.query.ReadQuery");
        s.line("/**",
                " * Reads and writes of " + m.model.name() + " records, typed; the client facade hands out one per model.",
                " * Inside {@code transaction(tx -> ...)} on the same thread, operations run in that transaction.",
                " */");
        s.line("public final class " + m.t("Delegate") + " {",
                "    private final RefractClient client;",
                "",
                "    " + m.t("Delegate") + "(RefractClient client) {",
                "        this.client = client;",
                "    }",
                "",
                "    /** All records, with their scalar fields. */",
                "    public List<" + r + "> findMany() {",
                "        return findMany(q -> { });",
                "    }",
                "",
                "    /** The records the query's where, order and page select, shaped by include or select. */",
                "    public List<" + r + "> findMany(Consumer<" + q + "> query) {",
                "        return Rows.list(client.findMany(read(query)), " + m.t("Delegate") + "::fromRow);",
                "    }",
                "",
                "    /** All records as a stream read in constant memory; close it (try-with-resources). */",
                "    public Stream<" + r + "> stream() {",
                "        return stream(q -> { });",
                "    }",
                "",
                "    /**",
                "     * The records findMany would read, as a stream read in constant memory (a server-side cursor;",
                "     * included relations loaded per chunk of records). It holds a connection until closed or read",
                "     * to the end: use try-with-resources. A negative take, distinct and a cursor with an order on",
                "     * related records are not supported (findMany pages those in memory).",
                "     */",
                "    public Stream<" + r + "> stream(Consumer<" + q + "> query) {",
                "        return client.stream(read(query)).map(" + m.t("Delegate") + "::fromRow);",
                "    }",
                "",
                "    /** The first record in the query's order, if any. */",
                "    public Optional<" + r + "> findFirst(Consumer<" + q + "> query) {",
                "        return Optional.ofNullable(Rows.one(client.findFirst(read(query)), " + m.t("Delegate") + "::fromRow));",
                "    }",
                "",
                "    /** The first record in the query's order; P2025 when there is none. */",
                "    public " + r + " findFirstOrThrow(Consumer<" + q + "> query) {",
                "        return findFirst(query).orElseThrow(() -> RefractException.notFound(\"" + m.model.name() + "\"));",
                "    }",
                "",
                "    /** The record a unique criterion identifies (if it meets the criterion's {@code and(...)} conditions), with its scalar fields. */",
                "    public Optional<" + r + "> findUnique(Consumer<" + m.t("WhereUnique") + "> where) {",
                "        return findUnique(where, s -> { });",
                "    }",
                "",
                "    /** The record a unique criterion identifies, shaped by include or select. */",
                "    public Optional<" + r + "> findUnique(Consumer<" + m.t("WhereUnique") + "> where, Consumer<" + m.t("Shape") + "> shape) {",
                "        " + m.t("Shape") + " s = new " + m.t("Shape") + "();",
                "        shape.accept(s);",
                "        ReadArgs args = s.args();",
                "        args.where(" + m.t("WhereUnique") + ".filter(where));",
                "        return Optional.ofNullable(Rows.one(client.findUnique(args.toQuery()), " + m.t("Delegate") + "::fromRow));",
                "    }",
                "",
                "    /** The record a unique criterion identifies; P2025 when there is none. */",
                "    public " + r + " findUniqueOrThrow(Consumer<" + m.t("WhereUnique") + "> where) {",
                "        return findUnique(where).orElseThrow(() -> RefractException.notFound(\"" + m.model.name() + "\"));",
                "    }",
                "",
                "    /** The record a unique criterion identifies, shaped; P2025 when there is none. */",
                "    public " + r + " findUniqueOrThrow(Consumer<" + m.t("WhereUnique") + "> where, Consumer<" + m.t("Shape") + "> shape) {",
                "        return findUnique(where, shape).orElseThrow(() -> RefractException.notFound(\"" + m.model.name() + "\"));",
                "    }",
                "",
                "    /** The number of records. */",
                "    public long count() {",
                "        return count(c -> { });",
                "    }",
                "",
                "    /** The number of records the query's where, order and page select: {@code count(c -> c.where(...))}. */",
                "    public long count(Consumer<" + m.t("Count") + "> query) {",
                "        " + m.t("Count") + " q = new " + m.t("Count") + "();",
                "        query.accept(q);",
                "        return ((Number) client.count(new CountQuery(q.args().read().toQuery(), false, false, List.of()))).longValue();",
                "    }",
                "",
                "    /** Per field picked the number of non-null values, and {@code _all()} the number of records (Prisma's count with select). */",
                "    public " + m.t("Aggregates") + ".Counts count(Consumer<" + m.t("Count") + "> query, Consumer<" + m.t("AggregateFields") + ".Count> select) {",
                "        " + m.t("Count") + " q = new " + m.t("Count") + "();",
                "        query.accept(q);",
                "        q.args().add(AggregateFields.of(Aggregation.Op.COUNT, " + m.t("AggregateFields") + ".Count::new, select));",
                "        @SuppressWarnings(\"unchecked\")",
                "        Map<String, Object> counts = (Map<String, Object>) client.count(q.args().toCount());",
                "        return " + m.t("Aggregates") + ".Counts.from(counts);",
                "    }",
                "",
                "    /** Aggregates of the records the query's where, order and page select (one statement). */",
                "    public " + m.t("Aggregates") + " aggregate(Consumer<" + m.t("Aggregate") + "> query) {",
                "        " + m.t("Aggregate") + " q = new " + m.t("Aggregate") + "();",
                "        query.accept(q);",
                "        return " + m.t("Aggregates") + ".fromMap(client.aggregate(q.args().toAggregate()));",
                "    }",
                "",
                "    /** The groups of records by the query's by-fields, with their aggregates (one statement). */",
                "    public List<" + m.t("Group") + "> groupBy(Consumer<" + m.t("GroupBy") + "> query) {",
                "        " + m.t("GroupBy") + " q = new " + m.t("GroupBy") + "();",
                "        query.accept(q);",
                "        return Rows.list(client.groupBy(q.args().toGroupBy()), " + m.t("Group") + "::fromMap);",
                "    }",
                "");
        writes(m, s);
        BatchEmitter.ops(m, s);
        rowMapper(m, s);
        s.line("}");
        return s.render();
    }

    private static void writes(ModelView m, Source s) {
        String r = m.type;
        String c = m.t("CreateData");
        String u = m.t("UpdateData");
        String wu = m.t("WhereUnique");
        String w = m.t("Where");
        String sh = m.t("Shape");
        String meta = m.t("Meta");
        String from = m.t("Delegate") + "::fromRow";
        s.imports("dev.refract.client.query.Selection", "dev.refract.client.typed.CreateRows", "java.util.Set");
        s.line("    /** Creates a record with its nested writes (one transaction); the record with its scalar fields. */",
                "    public " + r + " create(Consumer<" + c + "> data) {",
                "        return create(data, s -> { });",
                "    }",
                "",
                "    /** Creates a record with its nested writes (one transaction); the record shaped by include or select. */",
                "    public " + r + " create(Consumer<" + c + "> data, Consumer<" + sh + "> shape) {",
                "        " + c + " d = new " + c + "();",
                "        data.accept(d);",
                "        return fromRow(client.create(d.toCreate(Set.of()), selection(shape)));",
                "    }",
                "",
                "    /** Inserts rows ({@code m -> m.row(d -> ...).skipDuplicates()}), scalar data only; how many were inserted. */",
                "    public long createMany(Consumer<CreateRows<" + c + ">> rows) {",
                "        CreateRows<" + c + "> m = new CreateRows<>(" + c + "::new);",
                "        rows.accept(m);",
                "        return client.createMany(" + meta + ".MODEL, m.rows(), m.skipsDuplicates());",
                "    }",
                "",
                "    /** As {@link #createMany}, returning the records with their scalar fields (PostgreSQL, SQLite: RETURNING). */",
                "    public List<" + r + "> createManyAndReturn(Consumer<CreateRows<" + c + ">> rows) {",
                "        return createManyAndReturn(rows, s -> { });",
                "    }",
                "",
                "    /** As {@link #createMany}, returning the records shaped by select, include or omit (PostgreSQL, SQLite: RETURNING). */",
                "    public List<" + r + "> createManyAndReturn(Consumer<CreateRows<" + c + ">> rows, Consumer<" + sh + "> shape) {",
                "        CreateRows<" + c + "> m = new CreateRows<>(" + c + "::new);",
                "        rows.accept(m);",
                "        return Rows.list(client.createManyAndReturn(" + meta + ".MODEL, m.rows(), m.skipsDuplicates(), selection(shape)),",
                "                " + from + ");",
                "    }",
                "",
                "    /** Updates the record a unique criterion identifies (P2025 when none); the record with its scalar fields. */",
                "    public " + r + " update(Consumer<" + wu + "> where, Consumer<" + u + "> data) {",
                "        return update(where, data, s -> { });",
                "    }",
                "",
                "    /** Updates the record a unique criterion identifies (P2025 when none); the record shaped by include or select. */",
                "    public " + r + " update(Consumer<" + wu + "> where, Consumer<" + u + "> data, Consumer<" + sh + "> shape) {",
                "        " + u + " d = new " + u + "();",
                "        data.accept(d);",
                "        return fromRow(client.update(" + meta + ".MODEL, " + wu + ".filter(where), d.toUpdate(), selection(shape)));",
                "    }",
                "",
                "    /** Updates every record that matches (scalar data only); how many. */",
                "    public long updateMany(Consumer<" + w + "> where, Consumer<" + u + "> data) {",
                "        " + u + " d = new " + u + "();",
                "        data.accept(d);",
                "        return client.updateMany(" + meta + ".MODEL, " + w + ".filter(where), d.toUpdate());",
                "    }",
                "",
                "    /** Updates at most {@code limit} of the records that match (Prisma's {@code limit}; P2009 when negative); how many. */",
                "    public long updateMany(Consumer<" + w + "> where, Consumer<" + u + "> data, int limit) {",
                "        " + u + " d = new " + u + "();",
                "        data.accept(d);",
                "        return client.updateMany(" + meta + ".MODEL, " + w + ".filter(where), d.toUpdate(), limit);",
                "    }",
                "",
                "    /** As {@link #updateMany(Consumer, Consumer)}, returning the records with their scalar fields (PostgreSQL, SQLite: RETURNING). */",
                "    public List<" + r + "> updateManyAndReturn(Consumer<" + w + "> where, Consumer<" + u + "> data) {",
                "        return updateManyAndReturn(where, data, s -> { });",
                "    }",
                "",
                "    /** As {@link #updateMany(Consumer, Consumer)}, returning the records shaped by select, include or omit (PostgreSQL, SQLite). */",
                "    public List<" + r + "> updateManyAndReturn(Consumer<" + w + "> where, Consumer<" + u + "> data, Consumer<" + sh + "> shape) {",
                "        return updateManyReturning(where, data, null, shape);",
                "    }",
                "",
                "    /** As {@link #updateMany(Consumer, Consumer, int)}, returning the records with their scalar fields (PostgreSQL, SQLite). */",
                "    public List<" + r + "> updateManyAndReturn(Consumer<" + w + "> where, Consumer<" + u + "> data, int limit) {",
                "        return updateManyReturning(where, data, limit, s -> { });",
                "    }",
                "",
                "    /** As {@link #updateMany(Consumer, Consumer, int)}, returning the records shaped by select, include or omit (PostgreSQL, SQLite). */",
                "    public List<" + r + "> updateManyAndReturn(Consumer<" + w + "> where, Consumer<" + u + "> data, int limit,",
                "            Consumer<" + sh + "> shape) {",
                "        return updateManyReturning(where, data, limit, shape);",
                "    }",
                "",
                "    private List<" + r + "> updateManyReturning(Consumer<" + w + "> where, Consumer<" + u + "> data, Integer limit,",
                "            Consumer<" + sh + "> shape) {",
                "        " + u + " d = new " + u + "();",
                "        data.accept(d);",
                "        return Rows.list(client.updateManyAndReturn(" + meta + ".MODEL, " + w + ".filter(where), d.toUpdate(), limit,",
                "                selection(shape)), " + from + ");",
                "    }",
                "",
                "    /** Updates the record a unique criterion identifies, or creates one; the record with its scalar fields. */",
                "    public " + r + " upsert(Consumer<" + wu + "> where, Consumer<" + c + "> create, Consumer<" + u + "> update) {",
                "        return upsert(where, create, update, s -> { });",
                "    }",
                "",
                "    /** Updates the record a unique criterion identifies, or creates one; the record shaped by include or select. */",
                "    public " + r + " upsert(Consumer<" + wu + "> where, Consumer<" + c + "> create, Consumer<" + u + "> update,",
                "            Consumer<" + sh + "> shape) {",
                "        " + c + " cd = new " + c + "();",
                "        create.accept(cd);",
                "        " + u + " ud = new " + u + "();",
                "        update.accept(ud);",
                "        return fromRow(client.upsert(" + meta + ".MODEL, " + wu + ".filter(where), cd.toCreate(Set.of()), ud.toUpdate(),",
                "                selection(shape)));",
                "    }",
                "",
                "    /** Deletes the record a unique criterion identifies (P2025 when none); the record as it was. */",
                "    public " + r + " delete(Consumer<" + wu + "> where) {",
                "        return delete(where, s -> { });",
                "    }",
                "",
                "    /** Deletes the record a unique criterion identifies (P2025 when none); the record as it was, shaped. */",
                "    public " + r + " delete(Consumer<" + wu + "> where, Consumer<" + sh + "> shape) {",
                "        return fromRow(client.delete(" + meta + ".MODEL, " + wu + ".filter(where), selection(shape)));",
                "    }",
                "",
                "    /** Deletes every record. */",
                "    public long deleteMany() {",
                "        return deleteMany(w -> { });",
                "    }",
                "",
                "    /** Deletes every record that matches; how many. */",
                "    public long deleteMany(Consumer<" + w + "> where) {",
                "        return client.deleteMany(" + meta + ".MODEL, " + w + ".filter(where));",
                "    }",
                "",
                "    /** Deletes at most {@code limit} of the records that match (Prisma's {@code limit}; P2009 when negative); how many. */",
                "    public long deleteMany(Consumer<" + w + "> where, int limit) {",
                "        return client.deleteMany(" + meta + ".MODEL, " + w + ".filter(where), limit);",
                "    }",
                "",
                "    private static ReadQuery read(Consumer<" + m.t("FindMany") + "> query) {",
                "        " + m.t("FindMany") + " q = new " + m.t("FindMany") + "();",
                "        query.accept(q);",
                "        return q.args().toQuery();",
                "    }",
                "",
                "    private static Selection selection(Consumer<" + sh + "> shape) {",
                "        " + sh + " s = new " + sh + "();",
                "        shape.accept(s);",
                "        return s.args().toQuery().selection();",
                "    }",
                "");
    }

    private static void rowMapper(ModelView m, Source s) {
        s.line("    /** A record from the runtime's result row: fields absent from the row were not loaded. */");
        boolean unchecked = m.scalars().stream().anyMatch(Field::isList);
        if (unchecked) {
            s.line("    @SuppressWarnings(\"unchecked\")");
        }
        if (m.wideMask()) {
            s.imports("java.util.BitSet");
        }
        StringBuilder names = new StringBuilder();
        for (Field f : m.fields) {
            names.append(names.length() == 0 ? "" : ", ").append('"').append(f.name()).append('"');
        }
        if (m.hasCounts()) {
            names.append(names.length() == 0 ? "" : ", ").append("\"_count\"");
        }
        s.line("    static " + m.type + " fromRow(Map<String, Object> $map) {",
                "        Map<String, Object> $row = Rows.record($map);",
                "        int[] $at = FIELDS.slots($row);",
                m.wideMask() ? "        BitSet $loaded = new BitSet(" + (m.countBit() + 1) + ");" : "        long $loaded = 0L;",
                "        Object $v;");
        StringBuilder args = new StringBuilder();
        int slot = 0;
        for (Field f : m.fields) {
            String name = m.member(f);
            String type;
            String read;
            String initial = "null";
            if (f instanceof ScalarField sf) {
                type = m.javaType(sf);
                if (m.importFor(sf) != null) {
                    s.imports(m.importFor(sf));
                }
                String element = m.boxedElement(sf);
                if (sf.type() instanceof FieldType.EnumRef) {
                    read = sf.isList()
                            ? "((List<String>) $v).stream().map(" + element + "::fromDatabase).toList()"
                            : element + ".fromDatabase((String) $v)";
                } else if (sf.type().is(ScalarKind.JSON)) {
                    read = sf.isList()
                            ? "((List<Object>) $v).stream().map(Json::ofNullable).toList()"
                            : "Json.ofNullable($v)";
                } else {
                    read = "(" + (sf.isList() ? type : element) + ") $v";
                }
                switch (type) {
                    case "int" -> initial = "0";
                    case "long" -> initial = "0L";
                    case "double" -> initial = "0d";
                    case "boolean" -> initial = "false";
                    default -> { }
                }
            } else {
                RelationField rf = (RelationField) f;
                type = m.javaType(rf);
                read = "Rows." + (rf.isList() ? "list" : "one") + "($v, " + m.related(rf) + "Delegate::fromRow)";
            }
            s.line("        " + type + " " + name + " = " + initial + ";",
                    "        if (($v = Rows.at($row, $at[" + slot++ + "])) != Rows.ABSENT) {",
                    "            " + setBit(m, m.bit(f)),
                    "            " + name + " = " + read + ";",
                    "        }");
            args.append(name).append(", ");
        }
        if (m.hasCounts()) {
            s.line("        " + m.t("RelationCounts") + " _count = null;",
                    "        if (($v = Rows.at($row, $at[" + slot + "])) != Rows.ABSENT) {",
                    "            " + setBit(m, m.countBit()),
                    "            _count = " + m.t("RelationCounts") + ".from($v);",
                    "        }");
            args.append("_count, ");
        }
        s.line("        return new " + m.type + "(" + args + "$loaded);", "    }");
        s.line("",
                "    /** The fields {@link #fromRow} reads, in its order. */",
                "    private static final Rows.Fields FIELDS = new Rows.Fields(" + names + ");");
    }

    private static String setBit(ModelView m, int bit) {
        return m.wideMask() ? "$loaded.set(" + bit + ");" : "$loaded |= 1L << " + bit + ";";
    }
}
