package dev.chargeback.report;

import dev.chargeback.ledger.ChainAnchor;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The chain heads an auditor kept: every {@code manifest.json} under a folder (subfolders too) and inside every
 * {@code *.zip} there (audit packs), as {@link ChainAnchor}s for {@code verify --against}. Manifests of runs that
 * posted nothing (DRY_RUN, REJECTED) are skipped: their heads were never in the ledger.
 */
public final class KeptManifests {
    private static final String NAME = "manifest.json";
    private static final Set<String> NOT_POSTED = Set.of(RunStatus.DRY_RUN.name(), RunStatus.REJECTED.name());

    private KeptManifests() {
    }

    /** @throws IllegalArgumentException for a folder that does not exist or a manifest that is not JSON */
    public static List<ChainAnchor> read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("--against " + folder + " is not a folder");
        }
        List<ChainAnchor> anchors = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.equals(NAME)) {
                    try (InputStream in = Files.newInputStream(f)) {
                        anchor(f.toString(), in, anchors);
                    }
                } else if (name.endsWith(".zip")) {
                    fromZip(f, anchors);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder + ": " + e.getMessage(), e);
        }
        return anchors;
    }

    private static void fromZip(Path zip, List<ChainAnchor> anchors) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry e : file.stream().filter(e -> !e.isDirectory()).toList()) {
                if (e.getName().equals(NAME) || e.getName().endsWith("/" + NAME)) {
                    try (InputStream in = file.getInputStream(e)) {
                        anchor(zip + "!" + e.getName(), in, anchors);
                    }
                }
            }
        }
    }

    private static void anchor(String source, InputStream in, List<ChainAnchor> anchors) {
        JsonNode m;
        try {
            m = JsonMapper.shared().readTree(in);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(source + ": not a manifest (not JSON: " + e.getOriginalMessage() + ")");
        }
        if (NOT_POSTED.contains(m.path("status").asString(""))) {
            return;
        }
        String ledger = text(m.path("ledger_hash"));
        String records = text(m.path("records_hash"));
        if (ledger != null || records != null) {
            anchors.add(new ChainAnchor(source, m.path("run_id").asString("?"), ledger, records));
        }
    }

    private static String text(JsonNode node) {
        return node.isString() && !node.asString().isBlank() ? node.asString() : null;
    }
}
