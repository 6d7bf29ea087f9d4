package dev.refract.bench.peers.prisma;

import dev.refract.bench.peers.harness.Peer;
import dev.refract.bench.peers.harness.Workload;
import dev.refract.bench.peers.refract.RefractPeer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jooq.tools.json.JSONParser;
import org.jooq.tools.json.ParseException;

/**
 * Prisma's results, as its script wrote them (JSON, one entry per workload label), replayed as a peer for
 * the cross-peer check: each run returns the recorded result, read as {@code Rows} the way Refract's maps are.
 */
public final class RecordedPeer implements Peer {
    private final String name;
    private final Map<?, ?> results;

    private RecordedPeer(String name, Map<?, ?> results) {
        this.name = name;
        this.results = results;
    }

    public static RecordedPeer read(String name, Path json) throws IOException {
        try {
            return new RecordedPeer(name, (Map<?, ?>) new JSONParser().parse(Files.readString(json)));
        } catch (ParseException e) {
            throw new IOException("unreadable " + json + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean supports(Workload workload) {
        return results.containsKey(workload.label());
    }

    @Override
    public Object run(Workload workload, long arg) {
        return results.get(workload.label());
    }

    @Override
    public Object rows(Workload workload, Object result) {
        return RefractPeer.convert(workload, result);
    }
}
