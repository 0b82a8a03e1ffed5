package dev.chargeback.ledger.internal;

import dev.chargeback.database.BulkInsert;
import dev.chargeback.db.tables.records.ChainRecordBlockRecord;
import dev.chargeback.ledger.RecordHash;
import org.jooq.DSLContext;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

import static dev.chargeback.db.Tables.CHAIN_RECORD;
import static dev.chargeback.db.Tables.CHAIN_RECORD_BLOCK;

/**
 * A link's sealed records as packed blocks (sql/V009): at most {@link #PER_BLOCK} records per row of
 * chain_record_block, whose data is, Deflate-compressed, each record in order as its table name and key (each a
 * 4-byte big-endian length and that many UTF-8 bytes) and the 32 bytes of its row hash. Links sealed before V009 have
 * their records one per row in chain_record and are read from there.
 */
final class RecordBlocks {
    static final int PER_BLOCK = 10_000;
    private static final HexFormat HEX = HexFormat.of();

    private final DSLContext db;

    RecordBlocks(DSLContext db) {
        this.db = db;
    }

    /** Writes the link's records, in order, in the caller's transaction; a large link's blocks packed on every core. */
    void write(long seq, List<RecordHash.Sealed> records) {
        int count = (records.size() + PER_BLOCK - 1) / PER_BLOCK;
        IntStream numbers = IntStream.range(0, count);
        List<ChainRecordBlockRecord> blocks = (records.size() < RecordChain.ON_EVERY_CORE ? numbers
                : numbers.parallel()).mapToObj(b -> {
                    int from = b * PER_BLOCK;
                    List<RecordHash.Sealed> block = records.subList(from, Math.min(records.size(), from + PER_BLOCK));
                    return db.newRecord(CHAIN_RECORD_BLOCK).with(CHAIN_RECORD_BLOCK.SEQ, seq)
                            .with(CHAIN_RECORD_BLOCK.BLOCK_NO, b + 1).with(CHAIN_RECORD_BLOCK.FIRST_RECORD_NO, from + 1)
                            .with(CHAIN_RECORD_BLOCK.RECORDS, block.size()).with(CHAIN_RECORD_BLOCK.DATA, pack(block));
                }).toList();
        BulkInsert.insert(db, CHAIN_RECORD_BLOCK, blocks);
    }

    /**
     * The link's records in order: from its blocks, or from chain_record for a link sealed before V009.
     *
     * @throws IllegalStateException naming the block that cannot be read (changed outside the engine)
     */
    List<RecordHash.Sealed> read(long seq) {
        var blocks = db.selectFrom(CHAIN_RECORD_BLOCK).where(CHAIN_RECORD_BLOCK.SEQ.eq(seq))
                .orderBy(CHAIN_RECORD_BLOCK.BLOCK_NO).fetch();
        if (blocks.isEmpty()) {
            return db.selectFrom(CHAIN_RECORD).where(CHAIN_RECORD.SEQ.eq(seq)).orderBy(CHAIN_RECORD.RECORD_NO)
                    .fetch(r -> new RecordHash.Sealed(r.getTableName(), r.getRecordKey(), r.getRowHash()));
        }
        List<RecordHash.Sealed> records = new ArrayList<>();
        for (ChainRecordBlockRecord b : blocks) {
            if (b.getFirstRecordNo() != records.size() + 1) {
                throw new IllegalStateException("block " + b.getBlockNo() + " starts at record "
                        + b.getFirstRecordNo() + ", not " + (records.size() + 1) + " (a block is missing)");
            }
            unpack(b, records);
        }
        return records;
    }

    private static byte[] pack(List<RecordHash.Sealed> records) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(records.size() * 40);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes, deflater, 1 << 16))) {
            for (RecordHash.Sealed r : records) {
                text(out, r.table());
                text(out, r.key());
                out.write(HEX.parseHex(r.rowHash()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    private static void unpack(ChainRecordBlockRecord block, List<RecordHash.Sealed> into) {
        byte[] hash = new byte[32];
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(
                new ByteArrayInputStream(block.getData())))) {
            for (int i = 0; i < block.getRecords(); i++) {
                String table = text(in);
                String key = text(in);
                in.readFully(hash);
                into.add(new RecordHash.Sealed(table, key, HEX.formatHex(hash)));
            }
            if (in.read() != -1) {
                throw new IOException("it holds more than its " + block.getRecords() + " records");
            }
        } catch (IOException e) {
            throw new IllegalStateException("block " + block.getBlockNo() + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String text(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 1 << 20) {
            throw new IOException("a text of " + length + " bytes");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
