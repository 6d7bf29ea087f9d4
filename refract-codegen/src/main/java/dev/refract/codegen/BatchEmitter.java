package dev.refract.codegen;

/**
 * A delegate's operations for batch transactions ({@code db.transaction(List.of(db.user().createOp(...)))}):
 * each builds its query-model values at once and returns a {@code BatchOperation} that runs the
 * runtime call when the batch does.
 */
final class BatchEmitter {
    private BatchEmitter() {
    }

    static void ops(ModelView m, Source s) {
        String r = m.type;
        String q = m.t("FindMany");
        String c = m.t("CreateData");
        String u = m.t("UpdateData");
        String wu = m.t("WhereUnique");
        String w = m.t("Where");
        String sh = m.t("Shape");
        String meta = m.t("Meta");
        String from = m.t("Delegate") + "::fromRow";
        s.imports("dev.refract.client.typed.BatchOperation", "dev.refract.client.query.ReadQuery",
                "dev.refract.client.query.WriteData", "dev.refract.client.query.Filter");
        String doc = "    /** As {@link #%s}, as an operation of a batch transaction ({@code db.transaction(List.of(...))}). */";
        s.line(doc.formatted("findMany(Consumer)"),
                "    public BatchOperation<List<" + r + ">> findManyOp(Consumer<" + q + "> query) {",
                "        ReadQuery read = read(query);",
                "        return new BatchOperation<>(() -> Rows.list(client.findMany(read), " + from + "));",
                "    }",
                "",
                doc.formatted("findFirst(Consumer)"),
                "    public BatchOperation<Optional<" + r + ">> findFirstOp(Consumer<" + q + "> query) {",
                "        ReadQuery read = read(query);",
                "        return new BatchOperation<>(() -> Optional.ofNullable(Rows.one(client.findFirst(read), " + from + ")));",
                "    }",
                "",
                doc.formatted("findUnique(Consumer)"),
                "    public BatchOperation<Optional<" + r + ">> findUniqueOp(Consumer<" + wu + "> where) {",
                "        return findUniqueOp(where, s -> { });",
                "    }",
                "",
                doc.formatted("findUnique(Consumer, Consumer)"),
                "    public BatchOperation<Optional<" + r + ">> findUniqueOp(Consumer<" + wu + "> where, Consumer<" + sh + "> shape) {",
                "        " + sh + " s = new " + sh + "();",
                "        shape.accept(s);",
                "        ReadArgs args = s.args();",
                "        args.where(" + wu + ".filter(where));",
                "        ReadQuery read = args.toQuery();",
                "        return new BatchOperation<>(() -> Optional.ofNullable(Rows.one(client.findUnique(read), " + from + ")));",
                "    }",
                "",
                doc.formatted("count(Consumer)"),
                "    public BatchOperation<Long> countOp(Consumer<" + m.t("Count") + "> query) {",
                "        " + m.t("Count") + " q = new " + m.t("Count") + "();",
                "        query.accept(q);",
                "        CountQuery count = new CountQuery(q.args().read().toQuery(), false, false, List.of());",
                "        return new BatchOperation<>(() -> ((Number) client.count(count)).longValue());",
                "    }",
                "",
                doc.formatted("create(Consumer)"),
                "    public BatchOperation<" + r + "> createOp(Consumer<" + c + "> data) {",
                "        return createOp(data, s -> { });",
                "    }",
                "",
                doc.formatted("create(Consumer, Consumer)"),
                "    public BatchOperation<" + r + "> createOp(Consumer<" + c + "> data, Consumer<" + sh + "> shape) {",
                "        " + c + " d = new " + c + "();",
                "        data.accept(d);",
                "        WriteData write = d.toCreate(Set.of());",
                "        Selection selection = selection(shape);",
                "        return new BatchOperation<>(() -> fromRow(client.create(write, selection)));",
                "    }",
                "",
                doc.formatted("createMany(Consumer)"),
                "    public BatchOperation<Long> createManyOp(Consumer<CreateRows<" + c + ">> rows) {",
                "        CreateRows<" + c + "> m = new CreateRows<>(" + c + "::new);",
                "        rows.accept(m);",
                "        List<WriteData> data = m.rows();",
                "        boolean skip = m.skipsDuplicates();",
                "        return new BatchOperation<>(() -> (long) client.createMany(" + meta + ".MODEL, data, skip));",
                "    }",
                "",
                doc.formatted("update(Consumer, Consumer)"),
                "    public BatchOperation<" + r + "> updateOp(Consumer<" + wu + "> where, Consumer<" + u + "> data) {",
                "        return updateOp(where, data, s -> { });",
                "    }",
                "",
                doc.formatted("update(Consumer, Consumer, Consumer)"),
                "    public BatchOperation<" + r + "> updateOp(Consumer<" + wu + "> where, Consumer<" + u + "> data, Consumer<" + sh + "> shape) {",
                "        " + u + " d = new " + u + "();",
                "        data.accept(d);",
                "        Filter filter = " + wu + ".filter(where);",
                "        WriteData write = d.toUpdate();",
                "        Selection selection = selection(shape);",
                "        return new BatchOperation<>(() -> fromRow(client.update(" + meta + ".MODEL, filter, write, selection)));",
                "    }",
                "",
                doc.formatted("updateMany(Consumer, Consumer)"),
                "    public BatchOperation<Long> updateManyOp(Consumer<" + w + "> where, Consumer<" + u + "> data) {",
                "        " + u + " d = new " + u + "();",
                "        data.accept(d);",
                "        Filter filter = " + w + ".filter(where);",
                "        WriteData write = d.toUpdate();",
                "        return new BatchOperation<>(() -> (long) client.updateMany(" + meta + ".MODEL, filter, write));",
                "    }",
                "",
                doc.formatted("upsert(Consumer, Consumer, Consumer)"),
                "    public BatchOperation<" + r + "> upsertOp(Consumer<" + wu + "> where, Consumer<" + c + "> create, Consumer<" + u + "> update) {",
                "        " + c + " cd = new " + c + "();",
                "        create.accept(cd);",
                "        " + u + " ud = new " + u + "();",
                "        update.accept(ud);",
                "        Filter filter = " + wu + ".filter(where);",
                "        WriteData created = cd.toCreate(Set.of());",
                "        WriteData updated = ud.toUpdate();",
                "        Selection selection = selection(s -> { });",
                "        return new BatchOperation<>(() -> fromRow(client.upsert(" + meta + ".MODEL, filter, created, updated, selection)));",
                "    }",
                "",
                doc.formatted("delete(Consumer)"),
                "    public BatchOperation<" + r + "> deleteOp(Consumer<" + wu + "> where) {",
                "        Filter filter = " + wu + ".filter(where);",
                "        Selection selection = selection(s -> { });",
                "        return new BatchOperation<>(() -> fromRow(client.delete(" + meta + ".MODEL, filter, selection)));",
                "    }",
                "",
                doc.formatted("deleteMany(Consumer)"),
                "    public BatchOperation<Long> deleteManyOp(Consumer<" + w + "> where) {",
                "        Filter filter = " + w + ".filter(where);",
                "        return new BatchOperation<>(() -> (long) client.deleteMany(" + meta + ".MODEL, filter));",
                "    }",
                "");
    }
}
