package dev.refract.maven;

import dev.refract.schema.LoadedSchema;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** {@code refract:validate}: fails the build when the schema has errors, as {@code refract validate}. */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends SchemaMojo {
    @Override
    void run() throws MojoFailureException {
        LoadedSchema loaded = loadSchema();
        validate(loaded);
        getLog().info((loaded.folder() ? "The schemas at " + loaded.displayPath() + " are valid"
                : "The schema at " + loaded.displayPath() + " is valid") + " \uD83D\uDE80");
    }
}
