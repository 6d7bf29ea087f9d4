package dev.refract.maven;

import dev.refract.codegen.GeneratorConfig;
import dev.refract.codegen.GeneratorOptions;
import dev.refract.codegen.JavaClientGenerator;
import dev.refract.schema.LoadedSchema;
import dev.refract.schema.model.Schema;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * {@code refract:generate}: writes the typed Java client, as {@code refract generate}, and adds its
 * folder to the project's compile source roots, so {@code mvn package} always compiles against a
 * client that matches the schema. Nothing is done when the schema, the generator settings and the
 * plugin are unchanged since the last run (a stamp file under {@code target/}).
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends SchemaMojo {
    /**
     * Where the client goes, overriding the generator block's {@code output}. Without it the block
     * decides, as for {@code refract generate} (so the CLI and the build write the same folder).
     */
    @Parameter(property = "refract.outputDirectory")
    File outputDirectory;

    /** The hash of the last generation's inputs. */
    @Parameter(defaultValue = "${project.build.directory}/refract/generate.sha256", required = true)
    File stampFile;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        LoadedSchema loaded = loadSchema();
        Schema resolved = validate(loaded);
        List<GeneratorConfig.Target> targets = targets(loaded, resolved);
        String stamp = GenerationStamp.of(loaded, targets);
        Optional<String> previous = GenerationStamp.read(stampFile.toPath());
        boolean upToDate = previous.isPresent() && previous.get().equals(stamp)
                && targets.stream().allMatch(t -> Files.isDirectory(t.outputRoot().resolve(t.options().packagePath())));
        for (GeneratorConfig.Target target : targets) {
            if (upToDate) {
                getLog().info("Refract Client (Java) in " + target.outputRoot() + " is up to date with " + loaded.displayPath());
            } else {
                if (target.note() != null) {
                    getLog().info(target.note());
                }
                JavaClientGenerator.Written written = JavaClientGenerator.generateInto(resolved, target.outputRoot(),
                        target.options());
                getLog().info("Generated Refract Client (Java) to " + target.outputRoot() + " in package "
                        + target.options().packageName() + ": " + written.files() + " files, "
                        + written.result().written().size() + " written, " + written.result().unchanged().size()
                        + " unchanged, " + written.result().deleted().size() + " removed");
            }
            project.addCompileSourceRoot(target.outputRoot().toString());
        }
        if (!upToDate) {
            try {
                GenerationStamp.write(stampFile.toPath(), stamp);
            } catch (IOException e) {
                throw new MojoExecutionException("Could not write " + stampFile + ": " + e.getMessage(), e);
            }
        }
    }

    private List<GeneratorConfig.Target> targets(LoadedSchema loaded, Schema resolved) {
        List<GeneratorConfig.Target> targets = GeneratorConfig.targets(resolved, loaded.location(), loaded.folder(),
                loaded.files());
        if (outputDirectory == null) {
            return targets;
        }
        List<GeneratorConfig.Target> moved = new ArrayList<>();
        Path output = outputDirectory.toPath().toAbsolutePath().normalize();
        for (GeneratorConfig.Target t : targets) {
            GeneratorOptions options = t.options();
            moved.add(new GeneratorConfig.Target(t.generatorName(), output, options, t.note()));
        }
        return moved;
    }
}
