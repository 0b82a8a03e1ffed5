package dev.chargeback.lineage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks an audit pack against its own {@link AuditPack#SUMS}: every entry listed must be there with that SHA-256,
 * and no entry may be there unlisted. Needs no database: an auditor runs it offline.
 */
public final class AuditPackCheck {

    /** The outcome: entries checked and each problem, naming the entry. */
    public record Result(int entries, List<String> problems) {
        public boolean intact() {
            return problems.isEmpty();
        }
    }

    private AuditPackCheck() {
    }

    public static Result check(Path pack) {
        try (ZipFile zip = new ZipFile(pack.toFile())) {
            ZipEntry sumsEntry = zip.getEntry(AuditPack.SUMS);
            if (sumsEntry == null) {
                return new Result(0, List.of("the pack has no " + AuditPack.SUMS + " entry: not an audit pack"));
            }
            Map<String, String> expected = sums(zip, sumsEntry);
            List<String> problems = new ArrayList<>();
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.getName().equals(AuditPack.SUMS)) {
                    continue;
                }
                String sha = expected.remove(e.getName());
                String found = sha256(zip, e);
                if (sha == null) {
                    problems.add("entry " + e.getName() + ": not listed in " + AuditPack.SUMS + " (added)");
                } else if (!sha.equals(found)) {
                    problems.add("entry " + e.getName() + ": SHA-256 " + found + ", but " + AuditPack.SUMS
                            + " says " + sha + " (changed)");
                }
            }
            expected.keySet().forEach(name -> problems.add("entry " + name + ": listed in " + AuditPack.SUMS
                    + " but missing (removed)"));
            return new Result(zip.size() - 1, problems);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit pack " + pack + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> sums(ZipFile zip, ZipEntry entry) throws IOException {
        Map<String, String> sums = new LinkedHashMap<>();
        try (InputStream in = zip.getInputStream(entry)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.length() > 66) {
                    sums.put(line.substring(66), line.substring(0, 64));
                }
            }
        }
        return sums;
    }

    private static String sha256(ZipFile zip, ZipEntry entry) throws IOException {
        MessageDigest digest = AuditPack.sha256();
        try (InputStream in = new DigestInputStream(zip.getInputStream(entry), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
