package dev.refract.schema.validate;

import dev.refract.schema.ast.ConfigBlock;
import dev.refract.schema.model.Datasource;
import dev.refract.schema.model.Generator;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the datasource and generator blocks, as Prisma does after resolving the models: datasources
 * first (their provider decides which preview features exist), then generators. Both Prisma 6 style
 * ({@code url = env("DATABASE_URL")}) and Prisma 7 style (no {@code url}) datasources are valid.
 */
final class ConfigurationPass {
    private ConfigurationPass() {
    }

    static void run(ValidationContext ctx) {
        List<ConfigBlock> datasourceBlocks = new ArrayList<>();
        List<ConfigBlock> generatorBlocks = new ArrayList<>();
        ctx.allTops().forEach(top -> {
            if (top instanceof ConfigBlock block) {
                (block.datasource() ? datasourceBlocks : generatorBlocks).add(block);
            }
        });
        List<Datasource> datasources = new ArrayList<>();
        for (ConfigBlock block : datasourceBlocks) {
            Datasource ds = DatasourceLoader.load(ctx, block);
            if (ds != null) {
                datasources.add(ds);
            }
        }
        if (datasources.size() > 1) {
            for (ConfigBlock block : datasourceBlocks) {
                ctx.diagnostics.error(DatasourceLoader.sourceError(block.name().name(), "You defined more than one "
                        + "datasource. This is not allowed yet because support for multiple databases has not been "
                        + "implemented yet."), block.span());
            }
        }
        if (!datasources.isEmpty()) {
            ctx.datasource = datasources.get(0);
        }
        String provider = ctx.datasource == null ? null : ctx.datasource.provider().id();
        for (ConfigBlock block : generatorBlocks) {
            Generator generator = GeneratorLoader.load(ctx, block, provider);
            if (generator != null) {
                ctx.generators.add(generator);
                ctx.previewFeatures.addAll(generator.previewFeatures());
            }
        }
    }
}
