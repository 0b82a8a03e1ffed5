package dev.chargeback.report.internal;

import dev.chargeback.batch.PhasePause;
import dev.chargeback.ledger.RunId;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A run's files are written into a staging folder inside the output folder ({@code .staging-RUN-x}), then moved
 * into place, manifest.json last: the folder never shows the manifest of one run beside the files of another.
 * Publishing first removes the folder's old manifest.json, so a crash half way leaves a folder with no manifest
 * (visibly incomplete; the next run or export completes it), never a misleading one. A run removes only outputs
 * that the folder's previous manifest names (a chargeback run wrote them), never other files of a shared folder.
 *
 * <p>The staging folder holds a lock file locked by the writing process; the operating system releases the lock
 * when the process dies ({@code kill -9} too), so the next write into the folder knows a staging folder whose lock
 * it can take is stale, and deletes it with any half-written file in it.
 */
final class StagedOutputs implements AutoCloseable {
    private static final String PREFIX = ".staging-";
    private static final String OWNER = ".owner";

    private final Path out;
    private final Path staging;
    private final FileChannel ownerFile;
    private final FileLock owner;

    private StagedOutputs(Path out, Path staging, FileChannel ownerFile, FileLock owner) {
        this.out = out;
        this.staging = staging;
        this.ownerFile = ownerFile;
        this.owner = owner;
    }

    /** Removes stale staging folders of {@code out}, then opens a staging folder for the run. */
    static StagedOutputs open(Path out, RunId runId) {
        try {
            Files.createDirectories(out);
            removeStale(out);
            Path staging = Files.createDirectory(out.resolve(PREFIX + runId.value() + "-"
                    + UUID.randomUUID().toString().substring(0, 8)));
            FileChannel channel = FileChannel.open(staging.resolve(OWNER), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            return new StagedOutputs(out, staging, channel, channel.lock());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the output folder " + out + ": " + e.getMessage(), e);
        }
    }

    /** Where an output is written before it is published. */
    Path file(String name) {
        return staging.resolve(name);
    }

    /**
     * Moves the staged files into the output folder, {@code last} (the manifest) last, and removes the outputs of
     * the folder's previous run that this run has no version of.
     */
    void publish(List<String> registered, String last) {
        try {
            Set<String> previous = previousOutputs(registered, last);
            Files.deleteIfExists(out.resolve(last));
            List<String> written = new ArrayList<>();
            for (String name : registered) {
                if (!name.equals(last) && Files.isRegularFile(file(name))) {
                    move(name);
                    written.add(name);
                    PhasePause.at("export");
                }
            }
            for (String name : previous) {
                if (!written.contains(name)) {
                    Files.deleteIfExists(out.resolve(name));
                }
            }
            move(last);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the outputs into " + out + ": " + e.getMessage(), e);
        }
    }

    /** The registered outputs that the folder's manifest says a run wrote there (none without a manifest). */
    private Set<String> previousOutputs(List<String> registered, String manifest) {
        Path file = out.resolve(manifest);
        Set<String> names = new HashSet<>();
        if (Files.isRegularFile(file)) {
            try {
                Json.read(file).path("outputs").propertyNames().forEach(names::add);
            } catch (RuntimeException e) {
                return names; // not a manifest we can read: nothing in the folder is known to be ours
            }
        }
        names.retainAll(registered);
        return names;
    }

    private void move(String name) throws IOException {
        try {
            Files.move(file(name), out.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(file(name), out.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes the staging folder with whatever was not published (all of it when the run failed). */
    @Override
    public void close() {
        try {
            owner.release();
            ownerFile.close();
        } catch (IOException e) {
            // the folder is removed below or, failing that, by the next write into the output folder
        }
        deleteTree(staging);
    }

    private static void removeStale(Path out) throws IOException {
        try (Stream<Path> children = Files.list(out)) {
            for (Path dir : children.filter(p -> p.getFileName().toString().startsWith(PREFIX)
                    && Files.isDirectory(p)).toList()) {
                if (abandoned(dir)) {
                    deleteTree(dir);
                }
            }
        }
    }

    /** True when no live process holds the staging folder's lock (its writer died). */
    private static boolean abandoned(Path dir) {
        try (FileChannel channel = FileChannel.open(dir.resolve(OWNER), StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false;
            }
            lock.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false; // this process is writing it
        } catch (IOException e) {
            return !Files.exists(dir.resolve(OWNER)); // killed before its lock file existed
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the staging folder " + dir + ": " + e.getMessage(), e);
        }
    }
}
