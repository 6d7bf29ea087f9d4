package dev.refract.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.cli.CliContext;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidationResult;
import dev.refract.schema.diagnostics.Diagnostic;
import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.diagnostics.SourceFile;
import dev.refract.schema.diagnostics.Span;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Warnings and errors together; the validator does not emit warnings yet, so they are built here. */
class SchemaReportTest {
    private static final String TEXT = "generator client {\n  provider = \"refract-client-java\"\n}\n"
            + "model A {\n  id Int @id\n}\n";

    private final StringWriter err = new StringWriter();
    private final SchemaReport report = new SchemaReport(CliContext.of(Path.of(".")), new PrintWriter(err, true));

    private ValidationResult result(Diagnostic... diagnostics) {
        List<SourceFile> files = List.of(new SourceFile("schema.prisma", TEXT));
        Diagnostics all = new Diagnostics();
        for (Diagnostic d : diagnostics) {
            all.add(d);
        }
        return new ValidationResult(PrismaSchema.parse(files), all, null);
    }

    @Test
    void warningsArePrintedWithTheirSnippetAndOutsideTheErrorFrame() {
        ValidationResult result = result(
                Diagnostic.warning("Preview feature \"x\" is deprecated.", new Span(0, 21, 29)),
                Diagnostic.error("Type \"Strin\" is neither a built-in type", new Span(0, 58, 61)));

        report.warnings(result);
        report.errors(result);

        String text = err.toString();
        assertThat(text).startsWith("\nwarning: Preview feature \"x\" is deprecated.\n  -->  schema.prisma:2\n");
        int frame = text.indexOf("Error code: P1012");
        assertThat(frame).isPositive();
        assertThat(text.indexOf("warning:")).isLessThan(frame);
        assertThat(text.substring(frame)).doesNotContain("warning:").contains("Validation Error Count: 1");
    }

    @Test
    void noWarningsPrintNothing() {
        report.warnings(result());

        assertThat(err.toString()).isEmpty();
    }
}
