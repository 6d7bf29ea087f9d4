package dev.refract.bench;

import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidationResult;
import dev.refract.schema.diagnostics.SourceFile;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parse + validate of the largest corpus schemas, warm: dub (85 models, 37 files, the largest) and
 * langfuse (the largest single file). Target: under 20 ms per schema.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SchemaValidationBenchmark {

    @Param({"dubinc__dub", "langfuse__langfuse.prisma"})
    public String schema;

    private List<SourceFile> files;

    @Setup
    public void load() throws IOException {
        files = SharedCorpus.schema(schema);
        ValidationResult check = PrismaSchema.validate(files);
        if (!check.isValid()) {
            throw new IllegalStateException("corpus schema does not validate:\n" + check.render(false));
        }
    }

    @Benchmark
    public ValidationResult parseAndValidate() {
        return PrismaSchema.validate(files);
    }
}
