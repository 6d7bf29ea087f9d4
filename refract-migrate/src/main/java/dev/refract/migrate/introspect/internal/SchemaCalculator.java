package dev.refract.migrate.introspect.internal;

import dev.refract.migrate.introspect.IntrospectionWarning;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.schema.ast.ConfigBlock;
import dev.refract.schema.diagnostics.SourceFile;
import dev.refract.schema.format.SchemaFormatter;
import dev.refract.schema.model.Generator;
import dev.refract.schema.model.Provider;
import dev.refract.schema.model.Schema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a described database (and the previous schema, if any) into schema files: configuration
 * blocks, then models, then enums, formatted as {@code prisma format} formats them.
 */
public final class SchemaCalculator {
    /** Where new models go when the previous schema has several files, as Prisma's CLI names it. */
    static final String INTROSPECTED_FILE = "introspected.prisma";
    static final String DEFAULT_FILE = "schema.prisma";

    /** The outcome before it becomes the public result. */
    public record Output(List<SourceFile> files, List<IntrospectionWarning> warnings, boolean empty) {
    }

    private SchemaCalculator() {
    }

    /**
     * @param previousFiles the previous schema's files, or null (then {@code previous} is null too)
     * @param configurationOnly keep only the previous datasource and generator blocks ({@code --force})
     */
    public static Output calculate(SqlSchema sql, Provider provider, Schema previous, List<SourceFile> previousFiles,
            boolean configurationOnly) {
        Flavour flavour = Flavour.of(provider);
        IntrospectionContext ctx = new IntrospectionContext(sql, flavour, previous, configurationOnly ? null : previous);
        Warnings warnings = new Warnings();
        String datasourceName = previous == null ? "db"
                : previous.datasource().map(ds -> ds.name()).orElse("db");
        List<Models.Rendered> enums = new Enums(ctx, warnings).render();
        List<Models.Rendered> models = new ArrayList<>(new Models(ctx, warnings, datasourceName).render());
        models.sort(Comparator.comparingInt(r -> r.previousPosition() < 0 ? Integer.MAX_VALUE : r.previousPosition()));
        boolean empty = enums.isEmpty() && models.isEmpty();

        List<String> names = new ArrayList<>();
        Map<String, List<String>> blocks = new LinkedHashMap<>();
        if (previousFiles == null) {
            names.add(DEFAULT_FILE);
            blocks.put(DEFAULT_FILE, new ArrayList<>(List.of(defaultDatasource(provider, sql))));
        } else {
            for (SourceFile file : previousFiles) {
                names.add(file.name());
                blocks.put(file.name(), new ArrayList<>());
            }
            for (Generator generator : previous.generators()) {
                addConfig(blocks, previousFiles, generator.declaration());
            }
            if (previous.datasource().isPresent()) {
                addConfig(blocks, previousFiles, previous.datasource().get().declaration());
            } else {
                blocks.get(names.get(0)).add(defaultDatasource(provider, sql));
            }
        }
        String newBlocksFile = names.size() == 1 ? names.get(0)
                : configurationOnly ? datasourceFile(previous, names) : introspectedFileName(names.get(0));
        for (Models.Rendered rendered : models) {
            place(blocks, names, newBlocksFile, rendered);
        }
        for (Models.Rendered rendered : enums) {
            place(blocks, names, newBlocksFile, rendered);
        }
        List<SourceFile> files = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : blocks.entrySet()) {
            files.add(new SourceFile(e.getKey(), String.join("\n", e.getValue())));
        }
        return new Output(SchemaFormatter.format(files), warnings.toList(), empty);
    }

    private static void place(Map<String, List<String>> blocks, List<String> names, String newBlocksFile,
            Models.Rendered rendered) {
        String file = rendered.fileId() >= 0 && rendered.fileId() < names.size() ? names.get(rendered.fileId())
                : newBlocksFile;
        blocks.computeIfAbsent(file, f -> new ArrayList<>()).add(rendered.text());
    }

    private static String datasourceFile(Schema previous, List<String> names) {
        return previous.datasource().map(ds -> names.get(ds.declaration().span().fileId())).orElse(names.get(0));
    }

    private static String introspectedFileName(String firstFile) {
        Path parent = Path.of(firstFile).getParent();
        return parent == null ? INTROSPECTED_FILE : parent.resolve(INTROSPECTED_FILE).toString();
    }

    /** A configuration block copied as written, with its {@code ///} documentation. */
    private static void addConfig(Map<String, List<String>> blocks, List<SourceFile> files, ConfigBlock block) {
        if (block == null) {
            return;
        }
        SourceFile file = files.get(block.span().fileId());
        String text = file.text().substring(block.span().start(), block.span().end());
        String docs = block.documentation() == null || text.startsWith("///") ? ""
                : Psl.documentation(block.documentation(), "");
        blocks.get(file.name()).add(docs + text.strip() + "\n");
    }

    private static String defaultDatasource(Provider provider, SqlSchema sql) {
        StringBuilder out = new StringBuilder("datasource db {\n");
        out.append("  provider = ").append(Psl.string(provider.id())).append('\n');
        out.append("  url = env(\"DATABASE_URL\")\n");
        if (!sql.namespaces().isEmpty()) {
            out.append("  schemas = ").append(Psl.list(sql.namespaces().stream().map(Psl::string).toList()))
                    .append('\n');
        }
        return out.append("}\n").toString();
    }
}
