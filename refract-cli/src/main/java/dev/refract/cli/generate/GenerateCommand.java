package dev.refract.cli.generate;

import dev.refract.cli.CliContext;
import dev.refract.cli.ExitCodes;
import dev.refract.cli.internal.ClientGeneration;
import dev.refract.cli.internal.HelpOption;
import dev.refract.cli.internal.SchemaOption;
import dev.refract.cli.internal.SchemaReport;
import dev.refract.codegen.GeneratorConfig;
import dev.refract.schema.LoadedSchema;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidationResult;
import dev.refract.schema.model.Schema;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code refract generate}: writes the typed Java client for the schema, as {@code prisma generate}
 * does for the JS client. Settings come from {@code generator} blocks with
 * {@code provider = "refract-client-java"} (output, package, clientName); without one, defaults apply
 * and the command says which.
 */
@Command(name = "generate",
        description = "Generate the typed Java client (records, query builders, client facade) from the schema.",
        footer = {"", "Generator block (all properties optional):",
            "  generator client {",
            "    provider   = \"refract-client-java\"",
            "    output     = \"../src/main/java\"   // Java source root, relative to the schema file",
            "    package    = \"com.acme.db\"        // default refract.db",
            "    clientName = \"Db\"                 // default Db",
            "  }",
            "", "Exit codes:",
            "  0  the client was generated",
            "  1  schema errors (P1012), or the schema or output cannot be read or written",
            "  2  usage error"})
public final class GenerateCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;
    @Mixin
    SchemaOption schema;
    @Spec
    CommandSpec spec;

    private final CliContext context;

    public GenerateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        SchemaReport report = new SchemaReport(context, err);
        LoadedSchema loaded = schema.load(context);
        report.loadedFrom(loaded);
        ValidationResult result = PrismaSchema.validate(loaded.files());
        report.warnings(result);
        if (!result.isValid()) {
            report.errors(result);
            return ExitCodes.INVALID_INPUT;
        }
        Schema resolved = result.resolved().orElseThrow();
        out.println();
        List<GeneratorConfig.Target> targets = ClientGeneration.run(context, loaded, resolved, out);
        GeneratorConfig.Target first = targets.get(0);
        String client = first.options().clientName();
        out.println();
        out.println("Start by importing " + first.options().packageName() + "." + client + ":");
        out.println();
        out.println("  " + client + " db = " + client + ".connect();");
        out.println("  List<" + resolved.models().stream().filter(m -> !m.isIgnored()).findFirst().map(m -> m.name()).orElse("Model")
                + "> rows = db." + resolved.models().stream().filter(m -> !m.isIgnored()).findFirst()
                        .map(m -> first.options().naming().delegateAccessor(m.name())).orElse("model") + "().findMany();");
        out.println();
        out.println("The generated code needs dev.refract:refract-client on the class path.");
        return ExitCodes.OK;
    }
}
