package dev.chargeback.lineage;

import dev.chargeback.ingest.FileImport;
import dev.chargeback.ledger.RunHeader;
import dev.chargeback.ledger.RunId;
import dev.chargeback.ledger.archive.RunArchive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The auditor's pack of a run: one zip an auditor works from offline. It holds the run's files as exported
 * ({@code run/}: manifest, journal, reversal, allocations, reconciliation, rejects, method detail), its rules file
 * and its input files from the input archive (each checked against its hash, decompressed, under its name), the
 * ledger's verify result, and the explanation of every receiver with its source rows ({@code explain/}, text and
 * JSON). Its last entry, {@link #SUMS}, lists the SHA-256 of every other entry in {@code sha256sum} format, so
 * {@code verify --pack} (or {@code sha256sum -c} on the unpacked folder) proves the pack unchanged.
 */
public final class AuditPack {
    public static final String SUMS = "SHA256SUMS";

    private final RunArchive archive;

    public AuditPack(RunArchive archive) {
        this.archive = archive;
    }

    /**
     * @param exported the folder the run's files were exported to
     * @param verify   the ledger's verify result as printed
     */
    public void write(RunId runId, Path exported, String verify, Path out) {
        Map<String, String> sums = new LinkedHashMap<>();
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(tmp))) {
                try (Stream<Path> files = Files.list(exported)) {
                    for (Path f : files.sorted().toList()) {
                        try (InputStream in = Files.newInputStream(f)) {
                            entry(zip, "run/" + f.getFileName(), in, sums);
                        }
                    }
                }
                RunHeader run = archive.header(runId);
                archive.rulesText(runId).ifPresent(text -> text(zip, "rules/" + Path.of(run.rulesFile()).getFileName(),
                        text, sums));
                for (FileImport f : archive.inputs(runId)) {
                    try (InputStream in = archive.openInput(f)) {
                        entry(zip, "inputs/" + f.fileName(), in, sums);
                    }
                }
                text(zip, "verify.txt", verify, sums);
                explanations(zip, runId, sums);
                StringBuilder list = new StringBuilder();
                sums.forEach((name, sha) -> list.append(sha).append("  ").append(name).append('\n'));
                zip.putNextEntry(new ZipEntry(SUMS));
                zip.write(list.toString().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the audit pack " + out + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the pack itself was written or the failure above is reported
            }
        }
    }

    /** Every cost center the run charged (receivers of allocation flows), in id order. */
    public List<String> receivers(RunId runId) {
        TreeSet<String> receivers = new TreeSet<>();
        archive.flows(runId, f -> {
            if (!f.kind().isRemainder()) {
                receivers.add(f.receiver());
            }
        });
        return List.copyOf(receivers);
    }

    private void explanations(ZipOutputStream zip, RunId runId, Map<String, String> sums) {
        Explainer explainer = new Explainer(archive);
        for (String receiver : receivers(runId)) {
            Explanation e = explainer.explain(runId, receiver, null, null, true);
            StringWriter text = new StringWriter();
            ExplanationText.write(e, new PrintWriter(text));
            text(zip, "explain/" + receiver + ".txt", text.toString(), sums);
            text(zip, "explain/" + receiver + ".json", ExplanationJson.write(e), sums);
        }
    }

    private static void text(ZipOutputStream zip, String name, String text, Map<String, String> sums) {
        try {
            entry(zip, name, new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), sums);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void entry(ZipOutputStream zip, String name, InputStream in, Map<String, String> sums)
            throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        MessageDigest digest = sha256();
        OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                super.write(b, off, len);
                zip.write(b, off, len);
            }
        };
        in.transferTo(out);
        zip.closeEntry();
        sums.put(name, HexFormat.of().formatHex(digest.digest()));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
