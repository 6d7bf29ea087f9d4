package dev.refract.codegen;

import dev.refract.schema.diagnostics.SourceFile;
import dev.refract.schema.model.EnumValue;
import dev.refract.schema.model.Field;
import dev.refract.schema.model.ScalarField;
import java.util.List;

/** The client facade, the embedded schema, per-model field constants, and enums. */
final class ClientEmitter {
    private ClientEmitter() {
    }

    static String meta(ModelView m, String pkg, String schemaClass) {
        Source s = new Source(pkg).imports("dev.refract.schema.model.Model");
        s.line("/** The resolved schema's " + m.model.name() + " model and fields, looked up once. */",
                "final class " + m.t("Meta") + " {",
                "    static final Model MODEL = " + schemaClass + ".model(\"" + m.model.name() + "\");");
        for (Field f : m.fields) {
            boolean scalar = f instanceof ScalarField;
            s.imports("dev.refract.schema.model." + (scalar ? "ScalarField" : "RelationField"));
            s.line("    static final " + (scalar ? "ScalarField " : "RelationField ") + m.member(f) + " = " + schemaClass
                    + "." + (scalar ? "scalar" : "relation") + "(MODEL, \"" + f.name() + "\");");
        }
        s.line("", "    private " + m.t("Meta") + "() {", "    }", "}");
        return s.render();
    }

    static String schema(String pkg, String schemaClass, List<SourceFile> files) {
        Source s = new Source(pkg).imports("dev.refract.schema.PrismaSchema", "dev.refract.schema.ValidationResult",
                "dev.refract.schema.diagnostics.SourceFile", "dev.refract.schema.model.Model",
                "dev.refract.schema.model.RelationField", "dev.refract.schema.model.ScalarField",
                "dev.refract.schema.model.Schema", "java.util.List");
        s.line("/** The schema this client was generated from, embedded as text and parsed once when first used. */",
                "final class " + schemaClass + " {",
                "    static final Schema SCHEMA = load();",
                "",
                "    private " + schemaClass + "() {",
                "    }",
                "",
                "    private static Schema load() {",
                "        ValidationResult result = PrismaSchema.validate(List.of(");
        for (int i = 0; i < files.size(); i++) {
            SourceFile f = files.get(i);
            s.line("                new SourceFile(" + Source.literal(f.name()) + ", String.join(\"\\n\",");
            String[] lines = f.text().split("\n", -1);
            for (int j = 0; j < lines.length; j++) {
                s.line("                        " + Source.literal(lines[j]) + (j < lines.length - 1 ? "," : "))"
                        + (i < files.size() - 1 ? "," : "));")));
            }
        }
        s.line("        if (!result.isValid()) {",
                "            throw new IllegalStateException(\"The embedded schema is not valid:\\n\" + result.render(false));",
                "        }",
                "        return result.resolved().orElseThrow();",
                "    }",
                "",
                "    static Model model(String name) {",
                "        return SCHEMA.model(name).orElseThrow();",
                "    }",
                "",
                "    static ScalarField scalar(Model model, String name) {",
                "        return model.scalarField(name).orElseThrow();",
                "    }",
                "",
                "    static RelationField relation(Model model, String name) {",
                "        return model.relationFields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();",
                "    }",
                "}");
        return s.render();
    }

    static String enumType(dev.refract.schema.model.Enum e, String pkg, NamingStrategy naming) {
        String type = naming.typeName(e.name());
        Source s = new Source(pkg);
        s.doc("", e.documentation(), "The " + e.name() + " enum of the schema; each constant knows its database value (@map).");
        s.line("public enum " + type + " {");
        List<EnumValue> values = e.values();
        for (int i = 0; i < values.size(); i++) {
            EnumValue v = values.get(i);
            s.doc("    ", v.documentation(), null);
            s.line("    " + naming.enumConstant(v.name()) + "(" + Source.literal(v.databaseName()) + ")"
                    + (i < values.size() - 1 ? "," : ";"));
        }
        s.line("",
                "    private final String databaseValue;",
                "",
                "    " + type + "(String databaseValue) {",
                "        this.databaseValue = databaseValue;",
                "    }",
                "",
                "    /** The value stored in the database: the {@code @map} name, else the schema name. */",
                "    public String databaseValue() {",
                "        return databaseValue;",
                "    }",
                "",
                "    /** The constant for a value read from the database (its schema name or database value); null for null. */",
                "    public static " + type + " fromDatabase(String value) {",
                "        if (value == null) {",
                "            return null;",
                "        }",
                "        for (" + type + " v : values()) {",
                "            if (v.name().equals(value)) {",
                "                return v;",
                "            }",
                "        }",
                "        for (" + type + " v : values()) {",
                "            if (v.databaseValue.equals(value)) {",
                "                return v;",
                "            }",
                "        }",
                "        throw new IllegalArgumentException(\"Unknown " + e.name() + " value: \" + value);",
                "    }",
                "}");
        return s.render();
    }

    static String client(List<ModelView> models, String pkg, String client, String schemaClass, String urlHint,
            NamingStrategy naming) {
        Source s = new Source(pkg).imports("dev.refract.client.ConnectionSource", "dev.refract.client.RefractClient",
                "dev.refract.dialect.Dialect", "dev.refract.dialect.url.ConnectionUrl", "dev.refract.schema.model.Schema");
        s.line("/**",
                " * The typed client for this schema: one delegate per model ({@code db.user().findMany(...)}).",
                " * Create it with {@link #connect()} (the datasource URL, " + urlHint + "), {@link #connect(String)},",
                " * or {@link #of(RefractClient)} for a runtime client configured by hand. Thread-safe.",
                " */",
                "public final class " + client + " {",
                "    private final RefractClient runtime;");
        for (ModelView m : models) {
            s.line("    private final " + m.t("Delegate") + " " + naming.delegateAccessor(m.model.name()) + ";");
        }
        s.line("",
                "    private " + client + "(RefractClient runtime) {",
                "        this.runtime = runtime;");
        for (ModelView m : models) {
            s.line("        this." + naming.delegateAccessor(m.model.name()) + " = new " + m.t("Delegate") + "(runtime);");
        }
        s.line("    }",
                "",
                "    /**",
                "     * A client over the schema's datasource URL (read from the environment when it is {@code env(\"...\")}),",
                "     * or {@code DATABASE_URL} when the datasource has no URL.",
                "     */",
                "    public static " + client + " connect() {",
                "        ConfigValue configured = " + schemaClass + ".SCHEMA.datasource().flatMap(d -> d.urlValue())",
                "                .orElse(ConfigValue.env(\"DATABASE_URL\"));",
                "        String url = configured.resolve(System.getenv()).orElseThrow(() -> new IllegalStateException(",
                "                \"The datasource URL \" + configured + \" is not set\"));",
                "        return connect(url);",
                "    }",
                "",
                "    /** A client over a Prisma-style database URL (relative SQLite {@code file:} paths from the working directory). */",
                "    public static " + client + " connect(String url) {",
                "        Schema schema = " + schemaClass + ".SCHEMA;",
                "        Dialect dialect = Dialect.of(schema.provider().orElseThrow());",
                "        return of(RefractClient.builder(schema, ConnectionSource.of(dialect, ConnectionUrl.parse(url))).build());",
                "    }",
                "",
                "    /** A client over a runtime client built for this schema (see {@link #schema()}). */",
                "    public static " + client + " of(RefractClient runtime) {",
                "        return new " + client + "(runtime);",
                "    }",
                "",
                "    /** The resolved schema this client was generated from. */",
                "    public static Schema schema() {",
                "        return " + schemaClass + ".SCHEMA;",
                "    }",
                "",
                "    /** The runtime client underneath (dynamic queries, configuration). */",
                "    public RefractClient runtime() {",
                "        return runtime;",
                "    }",
                "",
                "    /**",
                "     * Runs {@code work} in one database transaction: committed when it returns, rolled back when it",
                "     * throws (the exception propagates). {@code tx} is this client: every operation on this thread",
                "     * until {@code work} returns runs in the transaction (nested calls join it), so hand no",
                "     * transactional work to other threads.",
                "     */",
                "    public <T> T transaction(Function<" + client + ", T> work) {",
                "        return runtime.transaction(tx -> work.apply(this));",
                "    }",
                "",
                "    /** As {@link #transaction(Function)} with an isolation level and a timeout (P2028 when exceeded). */",
                "    public <T> T transaction(TransactionOptions options, Function<" + client + ", T> work) {",
                "        return runtime.transaction(options, tx -> work.apply(this));",
                "    }",
                "",
                "    /**",
                "     * Prisma's batch transaction: runs the operations (built by the delegates' {@code ...Op} methods,",
                "     * e.g. {@code db.user().createOp(d -> ...)}) in order in one database transaction, all or nothing.",
                "     * {@code results.get(op)} gives an operation's result, typed.",
                "     */",
                "    public BatchResults transaction(List<? extends BatchOperation<?>> operations) {",
                "        return BatchResults.run(runtime, TransactionOptions.DEFAULTS, operations);",
                "    }",
                "",
                "    /** As {@link #transaction(List)}: {@code db.transaction(op1, op2)}. */",
                "    public BatchResults transaction(BatchOperation<?>... operations) {",
                "        return transaction(List.of(operations));",
                "    }",
                "",
                "    /** As {@link #transaction(List)} with an isolation level and a timeout (P2028 when exceeded). */",
                "    public BatchResults transaction(TransactionOptions options, List<? extends BatchOperation<?>> operations) {",
                "        return BatchResults.run(runtime, options, operations);",
                "    }",
                "",
                "    /**",
                "     * The rows of a raw query with bound values ({@code Sql.of(\"SELECT ... WHERE id = \", id)}), each a",
                "     * map from column label to value; inside a transaction on this thread, runs in it. P2010 on failure.",
                "     */",
                "    public List<Map<String, Object>> queryRaw(Sql sql) {",
                "        return runtime.queryRaw(sql);",
                "    }",
                "",
                "    /** The rows of a raw query as records of {@code type}, columns matched to components by name. */",
                "    public <R> List<R> queryRaw(Sql sql, Class<R> type) {",
                "        return runtime.queryRaw(sql, type);",
                "    }",
                "",
                "    /** Runs a raw statement with bound values; the number of rows it changed. */",
                "    public int executeRaw(Sql sql) {",
                "        return runtime.executeRaw(sql);",
                "    }",
                "",
                "    /** As {@link #queryRaw(Sql)} for SQL text built at run time, {@code ?} placeholders: never concatenate user input. */",
                "    public List<Map<String, Object>> queryRawUnsafe(String sql, Object... parameters) {",
                "        return runtime.queryRawUnsafe(sql, parameters);",
                "    }",
                "",
                "    /** As {@link #executeRaw(Sql)} for SQL text built at run time, {@code ?} placeholders: never concatenate user input. */",
                "    public int executeRawUnsafe(String sql, Object... parameters) {",
                "        return runtime.executeRawUnsafe(sql, parameters);",
                "    }");
        s.imports("dev.refract.client.TransactionOptions", "java.util.function.Function", "dev.refract.client.typed.BatchOperation",
                "dev.refract.client.typed.BatchResults", "dev.refract.client.Sql",
                "java.util.List", "java.util.Map");
        for (ModelView m : models) {
            s.line("");
            s.doc("    ", m.model.documentation(), m.model.name() + " records.");
            s.line("    public " + m.t("Delegate") + " " + naming.delegateAccessor(m.model.name()) + "() {",
                    "        return " + naming.delegateAccessor(m.model.name()) + ";",
                    "    }");
        }
        s.imports("dev.refract.schema.model.ConfigValue");
        s.line("}");
        return s.render();
    }
}
