package dev.refract.codegen;

import dev.refract.schema.model.Model;
import dev.refract.schema.model.Schema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Generates the typed Java client of a validated schema: records, enums, query builders, delegates
 * and the client facade. Pure: no files are touched (see {@link GeneratedFilesWriter}); the same
 * schema and options always give the same files, sorted by path.
 */
public final class JavaClientGenerator {
    private JavaClientGenerator() {
    }

    /**
     * Generates the client of {@code options} and writes it under {@code outputRoot} (unchanged files
     * are left alone, stale generated files removed): what {@code refract generate} and the Maven
     * plugin's {@code generate} goal do per target.
     *
     * @return how many files the client has, and what was written, left unchanged or removed
     */
    public static Written generateInto(Schema schema, Path outputRoot, GeneratorOptions options) {
        List<GeneratedFile> files = generate(schema, options);
        return new Written(files.size(), GeneratedFilesWriter.write(outputRoot, options.packagePath(), files));
    }

    /** The outcome of {@link #generateInto}: the client's file count and what the writer did. */
    public record Written(int files, GeneratedFilesWriter.Result result) {
    }

    public static List<GeneratedFile> generate(Schema schema, GeneratorOptions options) {
        String pkg = options.packageName();
        NamingStrategy naming = options.naming();
        String dir = options.packagePath() + "/";
        String schemaClass = options.clientName() + "Schema";
        List<ModelView> models = new ArrayList<>();
        for (Model model : schema.models()) {
            if (!model.isIgnored()) {
                models.add(new ModelView(model, naming, schema));
            }
        }
        List<GeneratedFile> files = new ArrayList<>();
        for (ModelView m : models) {
            files.add(new GeneratedFile(dir + m.type + ".java", RecordEmitter.record(m, pkg)));
            files.add(new GeneratedFile(dir + m.t("Meta") + ".java", ClientEmitter.meta(m, pkg, schemaClass)));
            files.add(new GeneratedFile(dir + m.t("Where") + ".java", QueryEmitter.where(m, pkg)));
            files.add(new GeneratedFile(dir + m.t("WhereUnique") + ".java", QueryEmitter.whereUnique(m, pkg)));
            files.add(new GeneratedFile(dir + m.t("OrderBy") + ".java", QueryEmitter.orderBy(m, pkg)));
            files.add(new GeneratedFile(dir + m.t("Include") + ".java", QueryEmitter.shapeBuilder(m, pkg, false)));
            files.add(new GeneratedFile(dir + m.t("Select") + ".java", QueryEmitter.shapeBuilder(m, pkg, true)));
            files.add(new GeneratedFile(dir + m.t("FindMany") + ".java", QueryEmitter.findMany(m, pkg)));
            files.add(new GeneratedFile(dir + m.t("Shape") + ".java", QueryEmitter.shape(m, pkg)));
            files.add(new GeneratedFile(dir + m.t("Omit") + ".java", SelectionEmitter.omit(m, pkg)));
            if (m.hasCounts()) {
                files.add(new GeneratedFile(dir + m.t("CountSelect") + ".java", SelectionEmitter.countSelect(m, pkg)));
                files.add(new GeneratedFile(dir + m.t("RelationCounts") + ".java", SelectionEmitter.relationCounts(m, pkg)));
            }
            files.add(new GeneratedFile(dir + m.t("CreateData") + ".java", WriteEmitter.data(m, pkg, false)));
            files.add(new GeneratedFile(dir + m.t("UpdateData") + ".java", WriteEmitter.data(m, pkg, true)));
            files.add(new GeneratedFile(dir + m.t("Delegate") + ".java", DelegateEmitter.delegate(m, pkg)));
            files.add(new GeneratedFile(dir + m.t("Field") + ".java", AggregateEmitter.fieldEnum(m, pkg)));
            files.add(new GeneratedFile(dir + m.t("AggregateFields") + ".java", AggregateEmitter.fields(m, pkg)));
            files.add(new GeneratedFile(dir + m.t("Aggregates") + ".java", AggregateResultEmitter.results(m, pkg)));
            files.add(new GeneratedFile(dir + m.t("Group") + ".java", AggregateResultEmitter.group(m, pkg)));
            files.add(new GeneratedFile(dir + m.t("Aggregate") + ".java", AggregateEmitter.aggregate(m, pkg)));
            files.add(new GeneratedFile(dir + m.t("Count") + ".java", AggregateEmitter.count(m, pkg)));
            files.add(new GeneratedFile(dir + m.t("GroupBy") + ".java", AggregateEmitter.groupBy(m, pkg)));
            files.add(new GeneratedFile(dir + m.t("Having") + ".java", AggregateEmitter.having(m, pkg)));
            files.add(new GeneratedFile(dir + m.t("GroupOrderBy") + ".java", AggregateEmitter.groupOrderBy(m, pkg)));
        }
        for (dev.refract.schema.model.Enum e : schema.enums()) {
            files.add(new GeneratedFile(dir + naming.typeName(e.name()) + ".java", ClientEmitter.enumType(e, pkg, naming)));
        }
        files.add(new GeneratedFile(dir + schemaClass + ".java", ClientEmitter.schema(pkg, schemaClass, options.schemaFiles())));
        String urlHint = schema.datasource().flatMap(d -> d.urlValue()).map(Object::toString).orElse("env(\"DATABASE_URL\")");
        files.add(new GeneratedFile(dir + options.clientName() + ".java",
                ClientEmitter.client(models, pkg, options.clientName(), schemaClass, "{@code " + urlHint.replace("@", "{@literal @}") + "}", naming)));
        files.sort(Comparator.comparing(GeneratedFile::path));
        for (int i = 1; i < files.size(); i++) {
            if (files.get(i).path().equals(files.get(i - 1).path())) {
                throw new IllegalArgumentException("Two generated types would share the name " + files.get(i).path()
                        + "; rename the model or enum, or choose another clientName");
            }
        }
        return List.copyOf(files);
    }
}
